// errorcheck -0 -m -l

// Multiple results: leaking param: p to result ~r0 level=0.

package main

func swap(a, b *int) (*int, *int) { // ERROR "^leaking param: a to result ~r1 level=0$" "^leaking param: b to result ~r0 level=0$"
	return b, a
}

func pick(a, b *int, first bool) *int { // ERROR "^leaking param: a to result ~r0 level=0$" "^leaking param: b to result ~r0 level=0$"
	if first {
		return a
	}
	return b
}

func pair() (int, *int) {
	x := 1 // ERROR "^moved to heap: x$"
	return 0, &x
}

func main() {
	x, y := 1, 2
	p, q := swap(&x, &y)
	n, r := pair()
	println(*p+*q+n+*r, *pick(&x, &y, true))
}
