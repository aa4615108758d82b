// errorcheck
// minigo-only: gc accepts this program

// Interfaces with methods are outside minigo's subset (only any and
// interface{} are in it).

package main

import "fmt"

type Shape interface { // ERROR "minigo: .*interface.* not supported"
	Area() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func main() {
	fmt.Println(Square{2}.Area())
}
