// errorcheck -0 -m -l

// Returning the address of a local map variable: the variable moves to the heap and its make escapes.

package main

func newMapPtr() *map[string]int {
	m := make(map[string]int) // ERROR "^moved to heap: m$" "^make\(map\[string\]int\) escapes to heap$"
	return &m
}

func newMapPtrLit() *map[string]int {
	m := map[string]int{"k": 1} // ERROR "^moved to heap: m$" "^map\[string\]int\{\.\.\.\} escapes to heap$"
	return &m
}

func main() {
	p := newMapPtr()
	(*p)["a"] = 1
	q := newMapPtrLit()
	println(len(*p), len(*q))
}
