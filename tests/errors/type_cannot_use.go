// errorcheck

// Assignability: every context in which a value meets a type.

package main

type Celsius float64
type Fahrenheit float64

type Point struct{ X, Y int }

func takeInt(n int) {}

func name() string {
	return 42 // ERROR "cannot use 42 \(untyped int constant\) as string value in return statement"
}

func main() {
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	var c Celsius = 100
	var f Fahrenheit
	f = c // ERROR "cannot use c \(variable of type Celsius\) as type Fahrenheit in assignment"
	takeInt("seven") // ERROR "cannot use .seven. \(untyped string constant\) as int value in argument to takeInt"
	p := Point{X: "1", Y: 2} // ERROR "cannot use .1. \(untyped string constant\) as int value in struct literal"
	m := map[string]int{"a": true} // ERROR "cannot use true \(untyped bool constant\) as int value in map literal"
	xs := []string{1} // ERROR "cannot use 1 \(untyped int constant\) as string value in array or slice literal"
	var i64 int64 = 5
	var n int = i64 // ERROR "cannot use i64 \(variable of type int64\) as type int in variable declaration"
	_, _, _, _, _, _ = s, f, p, m, xs, n
}
