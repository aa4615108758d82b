// errorcheck -0 -m -l

// make with a constant size small enough for the stack does not escape; too large does.

package main

const n = 8

func small() int {
	s := make([]int, 10) // ERROR "^make\(\[\]int, 10\) does not escape$"
	t := make([]int, n, 2*n) // ERROR "^make\(\[\]int, n, 2 \* n\) does not escape$"
	return len(s) + len(t)
}

func big() int {
	s := make([]int, 1<<20) // ERROR "^make\(\[\]int, 1 << 20\) escapes to heap$"
	return len(s)
}

func main() {
	println(small(), big())
}
