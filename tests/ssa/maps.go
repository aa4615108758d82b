// maps.go — the classic questions about maps and pointers to maps.
//
// A Go map variable is one pointer to a runtime hmap. Passing the map
// passes that pointer; passing *map passes a pointer to the variable.
package main

import "fmt"

// direct stores through the map the caller passed.
func direct(m map[string]int, k string, v int) { m[k] = v }

// viaPtr loads the map out of *p first, then stores exactly as direct does.
func viaPtr(p *map[string]int, k string, v int) { (*p)[k] = v }

// reset makes the caller's variable point at a brand-new map.
func reset(p *map[string]int) { *p = make(map[string]int) }

// local's map never leaves the function, so it can live on the stack.
func local() int {
	m := make(map[string]int)
	m["x"] = 1
	return m["x"]
}

func main() {
	m := map[string]int{"a": 1}
	direct(m, "b", 2)
	viaPtr(&m, "c", 3)
	fmt.Println(len(m), m)
	reset(&m)
	fmt.Println(len(m), m)
	fmt.Println(local())
}
