// errorcheck

// Argument and parameter lists that run into a newline or lack a comma.

package main

import "fmt"

func add(a int b int) int { // ERROR "syntax error: unexpected b in parameter list; possibly missing comma or \)"
	return a + b
}

func main() {
	fmt.Println("sum",
		add(1, 2) // ERROR "unexpected newline in argument list; possibly missing comma or \)"
	)
}
