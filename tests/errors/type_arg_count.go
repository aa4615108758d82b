// errorcheck

// Calls with too few or too many arguments. gc prints the have/want
// signatures on continuation lines that start with a tab.

package main

import "fmt"

func area(w, h int) int { return w * h }

func pair() (int, int) { return 1, 2 }

func triple() (int, int, int) { return 1, 2, 3 }

func main() {
	fmt.Println(area(3)) // ERROR "not enough arguments in call to area\n\thave \(number\)\n\twant \(int, int\)"
	fmt.Println(area(1, 2, 3)) // ERROR "too many arguments in call to area"
	fmt.Println(area(pair()))
	fmt.Println(area(triple())) // ERROR "too many arguments in call to area\n\thave \(int, int, int\)"
	fmt.Println(area()) // ERROR "not enough arguments in call to area\n\thave \(\)\n\twant \(int, int\)"
	x := area(1, 2)
	x = area(pair(), 1) // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	_ = x
}
