// errorcheck
// minigo-only: gc accepts this program

// goto is outside minigo's subset.

package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop // ERROR "minigo: .*goto.* not supported"
	}
	fmt.Println(i)
}
