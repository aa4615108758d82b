// errorcheck

// Range, index and slice expressions on operands that do not support them.

package main

func main() {
	n := 10
	for i := range n { // ERROR "cannot range over n \(variable of type int\)"
		_ = i
	}
	arr := [3]int{}
	_ = arr[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = arr[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = n[0] // ERROR "invalid operation: cannot index n \(variable of type int\)"
	m := map[string]int{}
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	_ = m["a":"b"] // ERROR "cannot slice m \(variable of type map\[string\]int\)"
	s := "abc"
	_ = s[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	xs := []int{1}
	_ = xs[1.5] // ERROR "1.5 \(untyped float constant\) truncated to int|invalid argument: index 1.5 \(untyped float constant\) must be integer"
	_ = *n // ERROR "invalid operation: cannot indirect n \(variable of type int\)"
}
