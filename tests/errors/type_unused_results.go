// errorcheck

// Expressions used as statements must be calls or receives (and not
// calls of certain builtins).

package main

func double(x int) int { return 2 * x }

func main() {
	x := 1
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	x == 2 // ERROR "x == 2 \(untyped bool value\) is not used"
	double(x) // fine: a call
	len("abc") // ERROR "len\(.abc.\) \(constant 3 of type int\) is not used"
	"literal" // ERROR ".literal. \(untyped string constant\) is not used"
	double // ERROR "double \(value of type func\(x int\) int\) is not used"
	xs := []int{1}
	append(xs, 2) // ERROR "append\(xs, 2\) \(value of type \[\]int\) is not used"
}
