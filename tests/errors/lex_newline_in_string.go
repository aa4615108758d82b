// errorcheck

// A string literal broken by a newline. The ERROR comment itself is inside
// the broken literal, so the line also scans as a string, three names, a
// string and a second unterminated string: gc reports the first unexpected
// token (the name "newline") and the unterminated literal.

package main

func main() {
	s := "abc // ERROR "newline in string" "unexpected newline at end of statement"
	_ = s
}
