// errorcheck

// Declarations gc does not accept at the top level of a file.

package main

count := 0 // ERROR "syntax error: non-declaration statement outside function body"

var func int // ERROR "syntax error: unexpected func, expecting name"

var limit = 10 var other = 20 // ERROR "unexpected var after top level declaration"

func main() {
}
