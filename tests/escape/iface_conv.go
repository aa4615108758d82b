// errorcheck -0 -m -l

// Converting a non-pointer value to an interface allocates: x escapes to heap / does not escape.

package main

var sink any

func box(x int) any {
	return x // ERROR "^x escapes to heap$"
}

func keep(s string) { // ERROR "^leaking param: s$"
	sink = s // ERROR "^s escapes to heap$"
}

func local(x int) bool {
	var i any = x // ERROR "^x does not escape$"
	return i == nil
}

func main() {
	println(box(1) != nil, local(2))
	keep("a")
}
