// errorcheck -0 -m -l

// Map literals and makes that are returned or stored globally escape.

package main

var global map[string]int

func mk() map[string]int {
	return map[string]int{"one": 1} // ERROR "^map\[string\]int\{\.\.\.\} escapes to heap$"
}

func mk2(n int) map[int]bool {
	m := make(map[int]bool, n) // ERROR "^make\(map\[int\]bool, n\) escapes to heap$"
	m[n] = true
	return m
}

func store() {
	global = make(map[string]int) // ERROR "^make\(map\[string\]int\) escapes to heap$"
}

func main() {
	println(len(mk()), len(mk2(3)))
	store()
}
