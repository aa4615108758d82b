// errorcheck -0 -m -l

// Arrays are values: indexing follows the array, storing a pointer into an element moves it along.

package main

var gp *int

func first(a [3]*int) *int { // ERROR "^leaking param: a to result ~r0 level=0$"
	return a[0]
}

func store(p *int) [2]*int { // ERROR "^leaking param: p to result ~r0 level=0$"
	var a [2]*int
	a[1] = p
	return a
}

func local() int {
	x := 1
	a := [1]*int{&x}
	return *a[0]
}

func main() {
	x, y := 1, 2 // ERROR "^moved to heap: x$"
	gp = first([3]*int{&x, nil, nil})
	b := store(&y)
	println(b[1] != nil, local())
}
