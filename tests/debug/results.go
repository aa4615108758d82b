// results.go — values returned from Go functions, for tests/debug/finish.gdb.
package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func name(n int) string {
	if n > 1 {
		return "many"
	}
	return "one"
}

func pair() (int, int) {
	return 1, 2
}

func main() {
	x := add(2, 3)
	s := name(x)
	a, b := pair()
	fmt.Println(x, s, a, b)
}
