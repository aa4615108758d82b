// errorcheck -0 -m -l

// A variadic parameter whose slice leaks makes the ... argument escape.

package main

var kept []any

func keepAll(xs ...any) { // ERROR "^leaking param: xs$"
	kept = xs
}

var gp *int

func keepFirst(ps ...*int) { // ERROR "^leaking param content: ps$"
	gp = ps[0]
}

func main() {
	x, y := 1, 2 // ERROR "^moved to heap: y$"
	keepAll(x, "s") // ERROR "^\.\.\. argument escapes to heap$" "^x escapes to heap$" "^.s. escapes to heap$"
	keepFirst(&y) // ERROR "^\.\.\. argument does not escape$"
}
