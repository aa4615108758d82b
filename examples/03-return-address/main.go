// Returning &m, returning m.
//
// Returning a map returns a copy of its pointer to the runtime table: the
// table must outlive the call, so make() allocates it on the heap.
// Returning &m returns the address of the local variable m itself: m
// must outlive its frame, so gc "moves m to the heap" (one more heap
// allocation, for the 8-byte variable) and the table escapes through it.
package main

import "fmt"

// newMap returns the map value: the table escapes, the variable does not.
func newMap() map[string]int {
	m := make(map[string]int)
	m["a"] = 1
	return m
}

// newMapPtr returns the variable's address: m is moved to the heap.
func newMapPtr() *map[string]int {
	m := make(map[string]int)
	m["a"] = 1
	return &m
}

// lookup takes &m but only reads through it: m stays on the stack.
func lookup() int {
	m := map[string]int{"a": 1}
	p := &m
	return (*p)["a"]
}

func main() {
	a := newMap()
	p := newMapPtr()
	(*p)["b"] = 2
	fmt.Println(a, *p, lookup())
}
