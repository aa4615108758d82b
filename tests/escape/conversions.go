// errorcheck -0 -m -l

// Explicit conversions: to interfaces (any(x), interface{}(x)), between named types.

package main

type Celsius float64
type IntPtr *int

var sink any

func toAny(c Celsius) {
	sink = any(c) // ERROR "^any\(c\) escapes to heap$"
	sink = interface{}(c + 1) // ERROR "^\(interface \{\}\)\(c \+ 1\) escapes to heap$"
}

func named(p *int) IntPtr { // ERROR "^leaking param: p to result ~r0 level=0$"
	return IntPtr(p)
}

func main() {
	x := 1
	toAny(2)
	println(named(&x) != nil)
}
