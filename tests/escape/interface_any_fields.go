// errorcheck -0 -m -l

// Structs and slices of interfaces: values converted when stored.

package main

type Rec struct {
	name string
	val  any
}

var sink any

func rec(n int) Rec {
	return Rec{name: "n", val: n} // ERROR "^n escapes to heap$"
}

func list(a, b int) []any {
	return []any{a, b} // ERROR "^\[\]any\{\.\.\.\} escapes to heap$" "^a escapes to heap$" "^b escapes to heap$"
}

func local(a int) int {
	xs := []any{a, "s"} // ERROR "^\[\]any\{\.\.\.\} does not escape$" "^a does not escape$" "^.s. does not escape$"
	return len(xs)
}

func main() {
	sink = rec(1) // ERROR "^rec\(1\) escapes to heap$"
	println(len(list(1, 2)), local(3))
}
