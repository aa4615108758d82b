// errorcheck -0 -m -l

// Flows from every branch count: escape analysis is flow-insensitive.

package main

var gp *int

func maybe(c bool) int {
	x := 1 // ERROR "^moved to heap: x$"
	y := 2
	if c {
		gp = &x
	} else {
		p := &y
		*p = 3
	}
	return y
}

func dead() int {
	z := 1
	if false {
		gp = &z
	}
	return z
}

func main() {
	println(maybe(true), dead())
}
