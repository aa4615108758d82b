// locals.go — variables for tests/debug/{locals,scopes,heap,step-loop,closure}.gdb:
// locals held in registers by the optimiser, a shadowed name, a variable moved
// to the heap, a loop to step through, variables captured by a function literal.
package main

import "fmt"

func describe(name string, xs []int) (total int) {
	m := map[string]int{"x": 1}
	s := name + "!"
	n := len(xs)
	for i, x := range xs {
		total += x * i
	}
	m[s] = n
	fmt.Println(m, s, n)
	return total
}

func shadow(x int) int {
	y := x * 2
	if x > 0 {
		x := y + 100
		y = x
		fmt.Println(x)
	}
	return x + y
}

func escapes(v int) *int {
	x := v
	x += 10
	return &x
}

func add(a, b int) int {
	return a + b
}

func loop() int {
	sum := 0
	for i := 0; i < 3; i++ {
		sum = add(sum, i)
	}
	return sum
}

func main() {
	fmt.Println(describe("go", []int{1, 2, 3}))
	fmt.Println(shadow(4))
	fmt.Println(*escapes(1))
	fmt.Println(loop())
	fmt.Println(counter(7)())
}

func counter(step int) func() int {
	c := 0
	return func() int {
		c += step
		return c
	}
}
