// errorcheck
// minigo-only: gc accepts this program

// Channel types and channel operations are outside minigo's subset.

package main

import "fmt"

func produce(out chan int) { // ERROR "minigo: .*chan.* not supported"
	for i := 0; i < 3; i++ {
		out <- i // ERROR "minigo: .*(send|chan).* not supported"
	}
}

func main() {
	fmt.Println("produce is declared but never started")
}
