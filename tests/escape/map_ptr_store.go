// errorcheck -0 -m -l

// (*p)[k] = v: the map pointer does not escape, key and value leak to the heap (map storage).

package main

func put(p *map[string]string, k string, v string) { // ERROR "^p does not escape$" "^leaking param: k$" "^leaking param: v$"
	(*p)[k] = v
}

func putPtr(p *map[string]*int, k string, v *int) { // ERROR "^p does not escape$" "^leaking param: k$" "^leaking param: v$"
	(*p)[k] = v
}

func putDirect(m map[string]*int, k string, v *int) { // ERROR "^m does not escape$" "^leaking param: k$" "^leaking param: v$"
	m[k] = v
}

func main() {
	m := map[string]string{} // ERROR "^map\[string\]string\{\} does not escape$"
	put(&m, "a", "b")
	x := 1 // ERROR "^moved to heap: x$"
	mp := map[string]*int{} // ERROR "^map\[string\]\*int\{\} does not escape$"
	putPtr(&mp, "x", &x)
	putDirect(mp, "y", &x)
}
