// errorcheck

// Struct and interface type literals: fields are separated by newlines or
// semicolons, not commas.

package main

type Point struct {
	X int, // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"
	Y int
}

type Pair struct{ a int b int } // ERROR "unexpected b in struct type; possibly missing semicolon or newline or }"

func main() {}
