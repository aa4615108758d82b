// Multiple results: tuple assignment, f(g()) with a multi-value g, return
// g(), named results and bare returns, swaps.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func describe(q, r int) string { return fmt.Sprintf("q=%d r=%d", q, r) }

func minmax(xs []int) (min, max int) {
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func forward() (string, string) { return swap("first", "second") }

func lookup(m map[string]int, k string) (v int, found bool) {
	v, found = m[k]
	return
}

func three() (int, string, bool) { return 3, "three", true }

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(describe(divmod(23, 7)))
	lo, hi := minmax([]int{4, -2, 9, 0})
	fmt.Println(lo, hi)
	fmt.Println(forward())

	x, y := 1, 2
	x, y = y, x
	arr := []int{1, 2, 3}
	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println(x, y, arr)

	m := map[string]int{"a": 1}
	fmt.Println(lookup(m, "a"))
	fmt.Println(lookup(m, "zzz"))

	n, s, ok := three()
	fmt.Println(n, s, ok)
	_, s2, _ := three()
	fmt.Println(s2)

	i := 0
	i, arr[i] = 2, 99 // index evaluated before assignment
	fmt.Println(i, arr)
}
