// errorcheck -0 -m -l

// Slicing: slicing an array takes its address; slicing a slice or string does not allocate.

package main

func tail(s []int) []int { // ERROR "^leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func arrSlice() []int {
	var a [4]int // ERROR "^moved to heap: a$"
	return a[:]
}

func arrLocal() int {
	var a [4]int
	s := a[1:3]
	return len(s)
}

func str(s string) string { // ERROR "^leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func main() {
	println(len(tail([]int{1, 2})), len(arrSlice()), arrLocal(), str("abc")) // ERROR "^\[\]int\{\.\.\.\} does not escape$"
}
