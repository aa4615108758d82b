// errorcheck -0 -m -l

// Pointer-shaped values (pointers, maps, funcs) are stored in interfaces directly.

package main

var sink any

func ptr(p *int) { // ERROR "^leaking param: p$"
	sink = p
}

func mp(m map[string]int) { // ERROR "^leaking param: m$"
	sink = m
}

func fn(f func()) { // ERROR "^leaking param: f$"
	sink = f
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	ptr(&x)
	mp(map[string]int{}) // ERROR "^map\[string\]int\{\} escapes to heap$"
	fn(func() {}) // ERROR "^func literal escapes to heap$"
}
