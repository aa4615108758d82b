// shapes.go — pairs of functions that do the same work in two ways, for
// minigo compare: value against pointer receivers, a map grown in place
// against one returned, a closure that captures against one that does not.
package main

import "fmt"

type Counter struct{ hits map[string]int }

func (c Counter) Add(k string) { c.hits[k]++ }

func (c *Counter) AddPtr(k string) { c.hits[k]++ }

func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
}

func build(n int) map[int]int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func sumLocal(xs []int) int {
	total := 0
	add := func(x int) { total += x }
	for _, x := range xs {
		add(x)
	}
	return total
}

func sumPlain(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	c := &Counter{hits: map[string]int{}}
	c.Add("a")
	c.AddPtr("b")
	m := map[int]int{}
	fill(m, 3)
	fmt.Println(len(m), len(build(4)), c.hits["a"], sumLocal([]int{1, 2}), sumPlain([]int{3}))
}
