// make(map...) that does and does not escape.
//
// Escape analysis decides where the map's storage lives. If nothing
// refers to the map after the function returns, gc (and minigo) put the
// hmap header and its first bucket in the function's stack frame; if the
// map can outlive the call, they are allocated on the heap.
package main

import "fmt"

// count uses its map only inside: the map does not escape.
func count(words []string) int {
	seen := make(map[string]bool)
	for _, w := range words {
		seen[w] = true
	}
	return len(seen)
}

// build returns the map: it escapes.
func build(words []string) map[string]int {
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	return freq
}

// store saves the map in a variable the caller passed by pointer: it
// escapes, because *dst outlives the call.
func store(dst *map[string]int) {
	*dst = make(map[string]int)
}

// global is a package variable: anything stored in it escapes.
var global map[string]int

// keep stores the map in a package variable: it escapes.
func keep() {
	global = make(map[string]int, 10)
}

// sized: a hint above 8 needs a bucket array larger than the single
// stack bucket, but the hmap header itself still does not escape.
func sized(n int) int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return len(m)
}

func main() {
	words := []string{"go", "map", "go", "pointer", "map", "go"}
	fmt.Println(count(words))
	fmt.Println(build(words))
	var m map[string]int
	store(&m)
	fmt.Println(m == nil, len(m))
	keep()
	fmt.Println(global == nil)
	fmt.Println(sized(100))
}
