// errorcheck -0 -m -l

// Comma-ok lookups, delete and len on maps evaluate without escaping.

package main

func has(m map[string]*int, k string) bool { // ERROR "^m does not escape$" "^k does not escape$"
	_, ok := m[k]
	return ok
}

func pop(m map[string]*int, k string) *int { // ERROR "^m does not escape$" "^k does not escape$"
	v, ok := m[k]
	if ok {
		delete(m, k)
	}
	return v
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	m := map[string]*int{"x": &x} // ERROR "^map\[string\]\*int\{\.\.\.\} does not escape$"
	println(has(m, "x"), pop(m, "x") != nil)
}
