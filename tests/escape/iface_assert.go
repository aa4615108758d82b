// errorcheck -0 -m -l

// Type assertions: the value flows out of the interface.

package main

var gp *int

func unbox(v any) *int { // ERROR "^leaking param: v to result ~r0 level=0$"
	p, _ := v.(*int)
	return p
}

func unboxInt(v any) int { // ERROR "^v does not escape$"
	return v.(int)
}

func store(v any) { // ERROR "^leaking param: v$"
	gp = v.(*int)
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	println(unbox(&x) != nil, unboxInt(3)) // ERROR "^3 does not escape$"
	store(&x)
}
