// errorcheck
// minigo-only: gc accepts this program

// Type parameters are outside minigo's subset.

package main

import "fmt"

type Number interface { // ERROR "minigo: .*not supported"
	~int | ~float64
}

func Max[T Number](a, b T) T { // ERROR "minigo: .*(generic|type param).* not supported"
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println("generic Max is declared but not called")
}
