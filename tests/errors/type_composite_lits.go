// errorcheck

// Struct, array, slice and map literals with the wrong shape.

package main

type Point struct{ X, Y int }

func main() {
	_ = Point{1}           // ERROR "too few values in Point{…}"
	_ = Point{1, 2, 3}     // ERROR "too many values in Point{…}"
	_ = Point{X: 1, 2}     // ERROR "mixture of field:value and value elements in struct literal"
	_ = Point{Z: 1}        // ERROR "unknown field 'Z' in struct literal of type Point"
	_ = Point{X: 1, X: 2}  // ERROR "duplicate field name X in struct literal"
	_ = [2]int{1, 2, 3}    // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = []int{0: 1, 0: 2}  // ERROR "duplicate index 0 in array or slice literal"
	_ = map[string]int{"a"} // ERROR "missing key in map literal"
	_ = int{1}             // ERROR "invalid composite literal type int"
}
