// errorcheck

// Operators applied to types that do not support them.

package main

type Point struct{ X, Y int }

func main() {
	a, b := []int{1}, []int{1}
	m := map[string]int{}
	p, q := Point{}, Point{}
	f := func() {}
	s := "str"
	_ = a == b     // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	_ = m == m     // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	_ = f == f     // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	_ = p < q      // ERROR "invalid operation: p < q \(operator < not defined on struct\)"
	_ = m + m      // ERROR "invalid operation: operator \+ not defined on m \(variable of type map\[string\]int\)"
	_ = s - s      // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = -s         // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = 1.5 % 2.0  // ERROR "invalid operation: operator % not defined on 1.5 \(untyped float constant\)"
	_ = true + true // ERROR "invalid operation: operator \+ not defined on true \(untyped bool constant\)"
}
