// errorcheck

// defer and go take a function call, not any expression.

package main

func cleanup() {}

func main() {
	defer cleanup()
	defer recover // ERROR "expression in defer must be function call"
	defer (cleanup()) // ERROR "expression in defer must not be parenthesized"
	defer 1 // ERROR "expression in defer must be function call" "cannot call non-function 1 \(untyped int constant\)"
	go cleanup // ERROR "expression in go must be function call"
	go 2 // ERROR "expression in go must be function call" "cannot call non-function 2 \(untyped int constant\)"
	defer len("x") // ERROR "defer discards result of len\(.x.\)"
}
