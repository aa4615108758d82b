// errorcheck -0 -m -l

// Storing a map literal through a pointer parameter: the literal escapes, the pointer does not.

package main

func setViaPtr(m *map[string]int) { // ERROR "^m does not escape$"
	*m = map[string]int{"a": 1, "b": 2} // ERROR "^map\[string\]int\{\.\.\.\} escapes to heap$"
}

func setViaPtrMake(m *map[string]int, n int) { // ERROR "^m does not escape$"
	*m = make(map[string]int, n) // ERROR "^make\(map\[string\]int, n\) escapes to heap$"
}

func main() {
	var m map[string]int
	setViaPtr(&m)
	setViaPtrMake(&m, 3)
	println(len(m))
}
