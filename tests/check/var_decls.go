// Variable declarations at package and function level, package-level
// initialisation order by dependency, short declarations and redeclaration.
package main

import "fmt"

var (
	total    = sum(base, extra) // initialised after base and extra
	base     = 10
	extra    = base * 2
	greeting string
	ratio    float64 = 0.25
)

var x, y, z = 1, "two", 3.0

var counter int

func sum(a, b int) int {
	counter++
	return a + b
}

func split(n int) (int, int) { return n / 10, n % 10 }

func main() {
	fmt.Println(total, base, extra, counter)
	fmt.Printf("%q %v\n", greeting, ratio)
	fmt.Println(x, y, z)

	var i int
	var s, t string = "s", "t"
	var u, v = 1.5, false
	fmt.Println(i, s, t, u, v)

	q, r := split(47)
	q, w := split(q * 100) // q reused, w new
	fmt.Println(q, r, w)

	var (
		p    *int
		list []int
		m    map[string]int
		fn   func() int
	)
	fmt.Println(p == nil, list == nil, m == nil, fn == nil, len(list), len(m))

	_, second := split(91)
	fmt.Println(second)
}
