// errorcheck

// Two results with one name: the second is not declared, and a bare
// return names it (types2 prints the result, at the declaration found).

package main

func f() (a int, a string) { // ERROR "a redeclared in this block\n\tLINE:11: other declaration of a"
	return // ERROR "result parameter a not in scope at return\n\tLINE-1:11: inner declaration of var a string"
}

func main() {}
