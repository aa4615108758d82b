// errorcheck

// Only functions can be called; types convert exactly one argument.

package main

type Celsius float64

type Temps []float64

func main() {
	count := 3
	count() // ERROR "invalid operation: cannot call non-function count \(variable of type int\)"
	name := "go"
	_ = name(1) // ERROR "invalid operation: cannot call non-function name \(variable of type string\)"
	var temps Temps
	temps.Max() // ERROR "temps.Max undefined \(type Temps has no field or method Max\)"
	_ = Celsius(1, 2) // ERROR "too many arguments in conversion to Celsius"
	_ = Celsius() // ERROR "missing argument in conversion to Celsius"
	m := map[string]func(){}
	m["x"]()
	var f func(int) int
	_ = f("a") // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to f"
}
