// errorcheck -0 -m -l

// Closures capture small, never-reassigned variables by value: they stay on the stack.

package main

func adder(x int) func(int) int {
	return func(y int) int { return x + y } // ERROR "^func literal escapes to heap$"
}

func local() int {
	a := 1
	f := func() int { return a * 2 } // ERROR "^func literal does not escape$"
	return f()
}

func main() {
	println(adder(1)(2), local())
}
