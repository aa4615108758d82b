// errorcheck -0 -m -l

// Taking the address of locals: escaping through returns and globals, or staying local.

package main

var gp *int

func ret() *int {
	x := 1 // ERROR "^moved to heap: x$"
	return &x
}

func toGlobal() {
	y := 2 // ERROR "^moved to heap: y$"
	gp = &y
}

func local() int {
	z := 3
	p := &z
	*p = 4
	return z
}

func main() {
	println(*ret(), local())
	toGlobal()
}
