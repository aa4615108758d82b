// errorcheck -0 -m -l

// Type switches bind a variable per clause; values flow from the interface.

package main

var gp *int

func classify(v any) int { // ERROR "^leaking param: v$"
	switch x := v.(type) {
	case *int:
		gp = x
		return 1
	case string:
		return len(x)
	case int, bool:
		return 2
	}
	return 0
}

func main() {
	y := 5 // ERROR "^moved to heap: y$"
	println(classify(&y), classify("ab"), classify(3)) // ERROR "^.ab. escapes to heap$" "^3 escapes to heap$"
}
