// What does (*p)[k] = v cost compared with m[k] = v?
//
// A map value is already a pointer to the runtime's table. Indexing
// through a *map first has to load that pointer out of the variable p
// points to (checking p for nil), then it is the same map assignment.
package main

import "fmt"

// direct stores into the map it was given.
func direct(m map[string]int, k string, v int) {
	m[k] = v
}

// viaPtr loads the map out of *p, then stores exactly as direct does.
func viaPtr(p *map[string]int, k string, v int) {
	(*p)[k] = v
}

// fillViaPtr indexes through p in a loop: *p is loaded again on every
// iteration, because the call to the runtime could have changed it.
func fillViaPtr(p *map[string]int, keys []string) {
	for i, k := range keys {
		(*p)[k] = i
	}
}

// fillLocal loads the map once, then indexes the local copy.
func fillLocal(p *map[string]int, keys []string) {
	m := *p
	for i, k := range keys {
		m[k] = i
	}
}

func main() {
	m := map[string]int{}
	direct(m, "a", 1)
	viaPtr(&m, "b", 2)
	keys := []string{"c", "d", "e"}
	fillViaPtr(&m, keys)
	fillLocal(&m, keys[:1])
	fmt.Println(len(m), m)
}
