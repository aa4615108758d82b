// errorcheck -0 -m -l

// Slice literals: backing arrays escape when the slice does.

package main

var gs []int

func local() int {
	s := []int{1, 2, 3} // ERROR "^\[\]int\{\.\.\.\} does not escape$"
	return s[1]
}

func returned() []int {
	return []int{4, 5} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
}

func global() {
	gs = []int{6} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
}

func ptrs(p *int) []*int { // ERROR "^leaking param: p$"
	return []*int{p} // ERROR "^\[\]\*int\{\.\.\.\} escapes to heap$"
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	println(local(), len(returned()), len(ptrs(&x)))
	global()
}
