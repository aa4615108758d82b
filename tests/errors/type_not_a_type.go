// errorcheck

// Types and values live in one namespace but cannot stand in for each other.

package main

type Celsius float64

var temperature = 20

func main() {
	var c temperature // ERROR "temperature \(variable of type int\) is not a type"
	x := Celsius // ERROR "Celsius \(type\) is not an expression"
	y := int + 1 // ERROR "int \(type\) is not an expression"
	var z main // ERROR "main \(value of type func\(\)\) is not a type"
	_, _, _, _ = c, x, y, z
}
