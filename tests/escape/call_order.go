// errorcheck -0 -m -l

// Output order: a callee declared after its caller is reported first (bottom-up).

package main

var gp *int

func caller() {
	x := 1 // ERROR "^moved to heap: x$"
	callee(&x)
	y := 2
	later(&y)
}

func callee(p *int) { // ERROR "^leaking param: p$"
	gp = p
}

func later(p *int) int { // ERROR "^p does not escape$"
	return *p
}

func main() {
	caller()
}
