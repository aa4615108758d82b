// errorcheck -0 -m -l

// Dereference chains: leak levels count the indirections.

package main

var gp *int

func deref1(p **int) { // ERROR "^leaking param content: p$"
	gp = *p
}

func deref2(p ***int) *int { // ERROR "^leaking param: p to result ~r0 level=2$"
	return **p
}

func copyOut(p **int) *int { // ERROR "^leaking param: p to result ~r0 level=1$"
	q := *p
	return q
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	px := &x
	deref1(&px)
	ppx := &px
	println(*deref2(&ppx), *copyOut(&px))
}
