// errorcheck -0 -m -l

// Package-level map initialisers are built in the package init and escape.

package main

var table = map[string]int{"a": 1, "b": 2} // ERROR "^map\[string\]int\{\.\.\.\} escapes to heap$"

var index = make(map[int]string) // ERROR "^make\(map\[int\]string\) escapes to heap$"

func main() {
	index[1] = "x"
	println(table["a"], len(index))
}
