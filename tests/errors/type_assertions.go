// errorcheck

// Type assertions and type switches need an interface operand.

package main

type Point struct{ X int }

func main() {
	n := 1
	var v any = n
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	}
	switch x := v.(type) {
	case int, int: // ERROR "duplicate case int in type switch"
		_ = x
	case undefinedType: // ERROR "undefined: undefinedType"
	}
	_ = v.(type) // ERROR "invalid syntax tree: use of .\(type\) outside type switch|use of .\(type\) outside type switch"
	p := v.(Point)
	_ = p
}
