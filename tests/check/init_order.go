// init functions run after package variables are initialised, in the order
// they appear; several init functions may share one file.
package main

import "fmt"

var registry = map[string]func(int) int{}

var order []string

var ready = setup()

func setup() bool {
	order = append(order, "var ready")
	return true
}

func init() {
	order = append(order, "init 1")
	registry["square"] = func(x int) int { return x * x }
}

func init() {
	order = append(order, "init 2")
	registry["negate"] = func(x int) int { return -x }
}

func main() {
	order = append(order, "main")
	fmt.Println(order, ready)
	fmt.Println(registry["square"](7), registry["negate"](7), len(registry))
}
