// errorcheck

// An expression is missing where the grammar requires one.

package main

// The semicolon rule does not end a line after "=", so the declaration
// continues on the next line and meets "func sum" as a function literal.
var total int =

func sum(a, b int) int { // ERROR "syntax error: unexpected sum, expecting \("
	return a +
} // ERROR "syntax error: unexpected }, expecting expression"

func main() {
	if (1 == 1 { // ERROR "syntax error: unexpected {, expecting \)"
	} // ERROR "unexpected }, expecting {"
} // ERROR "unexpected }, expecting expression"
