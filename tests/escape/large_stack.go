// errorcheck -0 -m -l

// Variables too large for the stack are moved to the heap (gc's 10 MB / 64 KB limits).

package main

func huge() int {
	var big [2 << 20]int // ERROR "^moved to heap: big$"
	big[0] = 1
	return big[0]
}

func implicitBig() *[20000]int {
	return new([20000]int) // ERROR "^new\(\[20000\]int\) escapes to heap$"
}

func bigLocal() int {
	p := new([20000]int) // ERROR "^new\(\[20000\]int\) escapes to heap$"
	return p[0]
}

func main() {
	println(huge(), implicitBig()[0], bigLocal())
}
