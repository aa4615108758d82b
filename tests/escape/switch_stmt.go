// errorcheck -0 -m -l

// Expression switches: case values are evaluated and discarded.

package main

var gp *int

func sel(k int, a, b *int) *int { // ERROR "^leaking param: a to result ~r0 level=0$" "^leaking param: b$"
	switch k {
	case 0:
		return a
	case 1, 2:
		gp = b
	default:
	}
	return nil
}

func tagless(p *int) int { // ERROR "^p does not escape$"
	switch {
	case p == nil:
		return 0
	case *p > 1:
		return 1
	}
	return 2
}

func main() {
	x, y := 1, 2 // ERROR "^moved to heap: y$"
	println(sel(0, &x, &y) != nil, tagless(&x))
}
