// errorcheck -0 -m -l

// append: the appended values go to the heap (a new backing store may be allocated).

package main

var gs []*int

func push(s []*int, p *int) []*int { // ERROR "^leaking param content: s$" "^leaking param: s to result ~r0 level=0$" "^leaking param: p$"
	return append(s, p)
}

func grow() {
	x := 1 // ERROR "^moved to heap: x$"
	gs = append(gs, &x)
}

func ints(s []int, v int) []int { // ERROR "^leaking param: s to result ~r0 level=0$"
	return append(s, v, v+1)
}

func main() {
	y := 2 // ERROR "^moved to heap: y$"
	s := push(nil, &y)
	grow()
	println(len(s), len(ints(nil, 1)))
}
