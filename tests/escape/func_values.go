// errorcheck -0 -m -l

// Calls through function values: the callee is unknown, arguments leak.

package main

func call(f func(*int) int, p *int) int { // ERROR "^f does not escape$" "^leaking param: p$"
	return f(p)
}

func apply(fs []func(int) int, x int) int { // ERROR "^fs does not escape$"
	return fs[0](x)
}

func known() int {
	x := 1
	f := func(p *int) int { return *p } // ERROR "^p does not escape$" "^func literal does not escape$"
	return f(&x)
}

func main() {
	y := 2 // ERROR "^moved to heap: y$"
	println(call(func(p *int) int { return *p }, &y), known()) // ERROR "^p does not escape$" "^func literal does not escape$"
}
