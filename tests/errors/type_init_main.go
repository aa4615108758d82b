// errorcheck

// main and init take no arguments and return nothing; init cannot be
// referred to.

package main

func init(n int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 0 } // ERROR "func init must have no arguments and no return values"

func main() int { // ERROR "func main must have no arguments and no return values"
	init() // ERROR "undefined: init"
	return 0
}
