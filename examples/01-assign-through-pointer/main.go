// Assigning through a *map versus reassigning the pointer.
//
// Go passes every argument by value: a map argument is a copy of the
// map's pointer to its runtime table, a *map argument is a copy of the
// address of the caller's map variable. Writing through that address
// changes the caller's variable; assigning a new address to the
// parameter only changes the function's own copy.
package main

import "fmt"

// setKey stores through the pointer: the caller's map gets the key.
func setKey(p *map[string]int, k string, v int) {
	(*p)[k] = v
}

// replace assigns a new map to the variable p points to: the caller's
// variable now holds the new map.
func replace(p *map[string]int) {
	*p = make(map[string]int)
	(*p)["new"] = 1
}

// repoint makes the parameter p point at another map variable. The
// caller's variable is untouched: p is the function's own copy.
func repoint(p *map[string]int) {
	m2 := map[string]int{"other": 2}
	p = &m2
	(*p)["more"] = 3
}

// fresh assigns the address of a new map literal to its parameter: the
// same mistake written in one line, the caller never sees it.
func fresh(m *map[string]int) {
	m = &map[string]int{}
	(*m)["lost"] = 4
}

// clearMap with a plain map parameter: writes reach the caller's map,
// but m = make(...) would only replace the local copy of the map value.
func clearMap(m map[string]int) {
	for k := range m {
		delete(m, k)
	}
	m = make(map[string]int)
	m["gone"] = 5
}

func main() {
	m := map[string]int{"a": 1}
	setKey(&m, "b", 2)
	show("after setKey", m)

	replace(&m)
	show("after replace", m)

	repoint(&m)
	show("after repoint", m)

	fresh(&m)
	show("after fresh", m)

	clearMap(m)
	show("after clearMap", m)

	var nilMap map[string]int
	fmt.Println("setKey on a nil map:", try(func() { setKey(&nilMap, "x", 1) }))
	replace(&nilMap)
	show("nil map, replace", nilMap)
}

func show(what string, m map[string]int) {
	fmt.Printf("%-18s len %d  %v\n", what+":", len(m), m)
}

// try runs f and returns the panic it raised, or "ok".
func try(f func()) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("panic: ", r)
		}
	}()
	f()
	return "ok"
}
