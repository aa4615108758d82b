// errorcheck
// minigo-only: gc accepts this program

// Imaginary literals are complex constants: outside minigo's subset.

package main

import "fmt"

const i = 2i // ERROR "minigo: .*(imaginary|complex).* not supported"

func main() {
	fmt.Println("the constant is declared but not used")
}
