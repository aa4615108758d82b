// errorcheck -0 -m -l

// &T{...}: escapes when the pointer leaves the function.

package main

type T struct {
	a int
	p *int
}

var gt *T

func local() int {
	t := &T{a: 1} // ERROR "^&T\{\.\.\.\} does not escape$"
	return t.a
}

func ret(p *int) *T { // ERROR "^leaking param: p$"
	return &T{p: p} // ERROR "^&T\{\.\.\.\} escapes to heap$"
}

func global() {
	gt = &T{} // ERROR "^&T\{\} escapes to heap$"
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	println(local(), ret(&x).a)
	global()
}
