// errorcheck -0 -m -l

// Pointers stored as map keys or values flow to the heap.

package main

var sink any

func keys(p *int, q *int) { // ERROR "^leaking param: p$" "^leaking param: q$"
	m := map[*int]int{} // ERROR "^map\[\*int\]int\{\} does not escape$"
	m[p] = 1
	n := map[int]*int{} // ERROR "^map\[int\]\*int\{\} does not escape$"
	n[1] = q
	sink = len(m) + len(n) // ERROR "^len\(m\) \+ len\(n\) escapes to heap$"
}

func literalKV(p, q *int) map[*int]*int { // ERROR "^leaking param: p$" "^leaking param: q$"
	return map[*int]*int{p: q} // ERROR "^map\[\*int\]\*int\{\.\.\.\} escapes to heap$"
}

func main() {
	a, b := 1, 2 // ERROR "^moved to heap: a$" "^moved to heap: b$"
	keys(&a, &b)
	_ = literalKV(&a, &b)
}
