package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func apply(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	var fs []func(int) int
	for i := 1; i <= 3; i++ {
		k := i
		fs = append(fs, func(x int) int { return x*10 + k })
	}
	fmt.Println(apply(fs, 0))
	sum := 0
	each := func(xs []int, f func(int)) {
		for _, x := range xs {
			f(x)
		}
	}
	each([]int{1, 2, 3, 4}, func(x int) { sum += x })
	fmt.Println(sum)
	fib := func() func() int {
		a, b := 0, 1
		return func() int { a, b = b, a+b; return a }
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
