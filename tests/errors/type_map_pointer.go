// errorcheck

// A pointer to a map is not a map: index it through (*p), and range over
// *p, not p.

package main

func set(p *map[string]int, k string, v int) {
	p[k] = v // ERROR "invalid operation: cannot index p \(variable of type \*map\[string\]int\)"
	(*p)[k] = v
}

func count(p *map[string]int) int {
	n := 0
	for range p { // ERROR "cannot range over p \(variable of type \*map\[string\]int\)"
		n++
	}
	return n + len(p) // ERROR "invalid argument: p \(variable of type \*map\[string\]int\) for len"
}

func reset(p *map[string]int) {
	p = make(map[string]int) // ERROR "cannot use make\(map\[string\]int\) \(value of type map\[string\]int\) as type \*map\[string\]int in assignment"
	*p = make(map[string]int)
	delete(p, "k") // ERROR "invalid argument: p \(variable of type \*map\[string\]int\) is not a map"
}

func main() {
	m := map[string]int{}
	set(m, "a", 1) // ERROR "cannot use m \(variable of type map\[string\]int\) as type \*map\[string\]int in argument to set"
	set(&m, "a", 1)
	_ = count(&m)
	reset(&m)
}
