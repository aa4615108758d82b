package main

import "fmt"

var (
	a = b + 1
	b = f()
	c = map[string]int{"x": a}
	d []int
)

func f() int {
	fmt.Println("f called")
	return 10
}

func init() {
	fmt.Println("init 1", a, b)
	d = append(d, a)
}

func init() {
	fmt.Println("init 2", len(d))
}

func main() {
	fmt.Println("main", a, b, c, d)
}
