// errorcheck -0 -m -l

// Copying structs by value copies their pointers: the pointees flow, the struct does not.

package main

type S struct {
	p *int
	n int
}

var gs S

func copyOut(s *S) S { // ERROR "^leaking param: s to result ~r0 level=1$"
	return *s
}

func keepCopy(s S) { // ERROR "^leaking param: s$"
	gs = s
}

func build(p *int) S { // ERROR "^leaking param: p to result ~r0 level=0$"
	return S{p: p, n: 1}
}

func main() {
	x, y := 1, 2 // ERROR "^moved to heap: y$"
	s := S{p: &x}
	c := copyOut(&s)
	keepCopy(build(&y))
	println(c.n)
}
