// errorcheck
// minigo-only: gc accepts this program

// Complex numbers are outside minigo's subset.

package main

import "fmt"

func main() {
	var z complex128 // ERROR "minigo: .*complex.* not supported"
	fmt.Println(z == 0)
}
