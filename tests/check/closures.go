// Function literals capture variables by reference: counters, generators,
// closures sharing one variable, and Go 1.19's one-variable-per-loop rule.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder(base int) (add func(int), get func() int) {
	add = func(d int) { base += d }
	get = func() int { return base }
	return
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println(c1(), c2())

	fib := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	add, get := adder(100)
	add(5)
	add(-20)
	fmt.Println(get())

	factor := 3
	triple := func(x int) int { return x * factor }
	factor = 4 // the closure sees the new value
	fmt.Println(apply([]int{1, 2, 3}, triple))

	var shared []func() int
	var copied []func() int
	for i := 0; i < 3; i++ {
		shared = append(shared, func() int { return i })
		j := i
		copied = append(copied, func() int { return j })
	}
	for k := range shared {
		fmt.Print(shared[k](), copied[k](), " ")
	}
	fmt.Println()

	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	result := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(result)
}
