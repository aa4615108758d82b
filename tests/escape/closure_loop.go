// errorcheck -0 -m -l

// Closures created in loops and capturing loop variables.

package main

var fs []func() int

func collect() {
	for i := 0; i < 3; i++ { // ERROR "^moved to heap: i$"
		fs = append(fs, func() int { return i }) // ERROR "^func literal escapes to heap$"
	}
}

func sum(xs []int) int { // ERROR "^xs does not escape$"
	t := 0
	for _, x := range xs {
		f := func() { t += x } // ERROR "^func literal does not escape$"
		f()
	}
	return t
}

func main() {
	collect()
	println(sum([]int{1, 2})) // ERROR "^\[\]int\{\.\.\.\} does not escape$"
}
