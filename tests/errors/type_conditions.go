// errorcheck

// Conditions must be boolean; ! needs a boolean operand.

package main

func main() {
	n := 1
	s := "yes"
	if n { // ERROR "non-boolean condition in if statement"
	}
	for s { // ERROR "non-boolean condition in for statement"
	}
	if !n { // ERROR "invalid operation: operator ! not defined on n \(variable of type int\)"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	ok := n > 0 && s // ERROR "invalid operation: n > 0 && s \(mismatched types untyped bool and string\)"
	switch {
	case n: // ERROR "invalid case n in switch on true \(mismatched types int and bool\)"
	}
	_ = ok
}
