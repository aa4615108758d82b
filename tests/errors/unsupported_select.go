// errorcheck
// minigo-only: gc accepts this program

// select is outside minigo's subset, even with only a default case.

package main

import "fmt"

func main() {
	select { // ERROR "minigo: .*select.* not supported"
	default:
		fmt.Println("nothing ready")
	}
}
