// errorcheck -0 -m -l

// Three-index slicing and copy.

package main

func limit(s []*int) []*int { // ERROR "^leaking param: s to result ~r0 level=0$"
	return s[0:1:1]
}

func dup(dst, src []*int) int { // ERROR "^dst does not escape$" "^leaking param content: src$"
	return copy(dst, src)
}

func dupInts(dst, src []int) int { // ERROR "^dst does not escape$" "^src does not escape$"
	return copy(dst, src)
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	s := []*int{&x} // ERROR "^\[\]\*int\{\.\.\.\} does not escape$"
	println(len(limit(s)), dup(make([]*int, 1), s), dupInts(make([]int, 2), []int{1, 2})) // ERROR "^make\(\[\]\*int, 1\) does not escape$" "^make\(\[\]int, 2\) does not escape$" "^\[\]int\{\.\.\.\} does not escape$"
}
