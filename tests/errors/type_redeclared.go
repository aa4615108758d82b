// errorcheck

// Two declarations of one name in one block, duplicate fields, methods,
// map keys and switch cases.

package main

import "fmt"

var limit = 10
var limit = 20 // ERROR "^limit redeclared in this block\n\tLINE-1:5: other declaration of limit$"

type Point struct {
	X int
	X string // ERROR "X redeclared"
}

func (p Point) Len() int { return 0 }
func (p Point) Len() int { return 1 } // ERROR "Point.Len redeclared in this block\n\tLINE-1:16: other declaration of Len$"

func helper() {}
func helper() {} // ERROR "helper redeclared in this block"

func main() {
	a := 1
	var a int // ERROR "a redeclared in this block"
	a, b := 2, 3
	a, b := 4, 5 // ERROR "no new variables on left side of :="
	m := map[string]int{"k": 1, "k": 2} // ERROR "duplicate key .k. in map literal"
	switch a {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	}
	fmt.Println(a, b, m)
}
