// errorcheck -0 -m -l

// Tuple assignments and comma-ok forms.

package main

var ga, gb *int

func both(p, q *int) { // ERROR "^leaking param: p$" "^leaking param: q$"
	ga, gb = p, q
}

func swapLocal() int {
	x, y := 1, 2
	a, b := &x, &y
	a, b = b, a
	return *a + *b
}

func two() (*int, *int) { return nil, nil }

func fromCall() {
	ga, gb = two()
}

func main() {
	x, y := 1, 2 // ERROR "^moved to heap: x$" "^moved to heap: y$"
	both(&x, &y)
	println(swapLocal())
	fromCall()
}
