// errorcheck

// A function type where a value belongs: gc places the error at the
// type's '(' (its FuncType position), and `go T` is checked as T().

package main

func main() {
	func() // ERROR "func\(\) \(type\) is not an expression"
	func(a int) string // ERROR "func\(a int\) string \(type\) is not an expression"
	var x = func() // ERROR "func\(\) \(type\) is not an expression"
	_ = x
	go func() // ERROR "expression in go must be function call" "missing argument in conversion to func\(\)"
}
