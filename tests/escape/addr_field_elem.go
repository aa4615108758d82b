// errorcheck -0 -m -l

// Addresses of fields and array elements move the whole variable.

package main

type Pair struct{ a, b int }

var gp *int

func field() {
	var p Pair // ERROR "^moved to heap: p$"
	gp = &p.b
}

func elem() *int {
	var arr [4]int // ERROR "^moved to heap: arr$"
	return &arr[2]
}

func localField() int {
	var p Pair
	q := &p.a
	*q = 5
	return p.a
}

func main() {
	field()
	println(*elem(), localField())
}
