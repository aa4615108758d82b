// errorcheck -0 -m -l

// A captured variable that is reassigned is captured by reference: moved to heap when the closure escapes.

package main

func counter() func() int {
	n := 0 // ERROR "^moved to heap: n$"
	return func() int { // ERROR "^func literal escapes to heap$"
		n++
		return n
	}
}

func localRef() int {
	n := 0
	inc := func() { n++ } // ERROR "^func literal does not escape$"
	inc()
	inc()
	return n
}

func main() {
	c := counter()
	println(c(), localRef())
}
