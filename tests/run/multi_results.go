package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pass(a int, b string, c bool) string { return fmt.Sprint(a, b, c) }

func main() {
	fmt.Println(divmod(17, 5))
	x, y := swap("a", "b")
	fmt.Println(x, y)
	fmt.Println(pass(three()))
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 1, 9
	fmt.Println(i, xs)
}
