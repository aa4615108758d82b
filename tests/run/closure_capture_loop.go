package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	addr := &x
	change := func() { x = 5 }
	change()
	fmt.Println(*addr, x)
	makeAdder := func(n int) func(int) int {
		return func(m int) int { return n + m }
	}
	add5 := makeAdder(5)
	fmt.Println(add5(1), makeAdder(10)(2))
}
