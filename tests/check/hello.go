// The smallest program: package clause, one import, main.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Println("the answer is", 42, true, 3.5, 'x')
	fmt.Print("no", "space", 1, 2, "between\n")
	fmt.Printf("%s has %d letters\n", "minigo", len("minigo"))
}
