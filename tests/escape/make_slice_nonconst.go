// errorcheck -0 -m -l

// make with a non-constant size escapes: make([]int, n) escapes to heap.

package main

func dyn(n int) int {
	s := make([]int, n) // ERROR "^make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func dynCap(n int) int {
	s := make([]byte, 0, n) // ERROR "^make\(\[\]byte, 0, n\) escapes to heap$"
	return cap(s)
}

func main() {
	println(dyn(3), dynCap(4))
}
