// errorcheck

// The number of values must match the number of variables.

package main

func pair() (int, string) { return 1, "a" }

func none() {}

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	c := pair() // ERROR "assignment mismatch: 1 variable but pair returns 2 values"
	var d, e, f = pair() // ERROR "assignment mismatch: 3 variables but pair returns 2 values"
	var g int = none() // ERROR "none\(\) \(no value\) used as value"
	x, y := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	m := map[string]int{}
	v, ok, extra := m["k"] // ERROR "assignment mismatch: 3 variables but 1 value"
	_, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, x, y, v, ok
	_ = extra
}
