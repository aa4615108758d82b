// errorcheck

// After a syntax error gc skips ahead and resumes: when the error
// swallowed a function's closing brace, the next declaration is parsed as
// part of the broken function's body, and reported as such.

package main

func total(xs []int) int {
	var sum = (xs[0] + xs[1] } // ERROR "syntax error: unexpected }, expecting \)"

func main() { // ERROR "syntax error: unexpected main, expecting \("
}
