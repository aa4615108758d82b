// errorcheck -0 -m -l

// func literal escapes to heap / does not escape.

package main

var gf func() int

func store(x int) {
	gf = func() int { return x } // ERROR "^func literal escapes to heap$"
}

func pass(f func() int) int { // ERROR "^f does not escape$"
	return f()
}

func local(x int) int {
	return pass(func() int { return x + 1 }) // ERROR "^func literal does not escape$"
}

func main() {
	store(1)
	println(local(2), gf())
}
