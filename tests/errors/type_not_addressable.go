// errorcheck

// Assignment needs an addressable operand (or a map index); & needs an
// addressable operand or a composite literal.

package main

func get() int { return 1 }

type Point struct{ X, Y int }

func origin() Point { return Point{} }

const limit = 10

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	get() = 2 // ERROR "cannot assign to get\(\) \(value of type int\)"
	limit = 20 // ERROR "cannot assign to limit \(untyped int constant 10\)"
	origin().X = 1 // ERROR "cannot assign to origin\(\).X \(value of type int\)"
	p := &get() // ERROR "invalid operation: cannot take address of get\(\) \(value of type int\)"
	q := &limit // ERROR "invalid operation: cannot take address of limit \(untyped int constant 10\)"
	r := &Point{1, 2}
	len("abc") = 3 // ERROR "cannot assign to len\(.abc.\) \(constant 3 of type int\)"
	_, _, _ = p, q, r
}
