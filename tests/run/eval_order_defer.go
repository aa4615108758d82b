// eval_order_defer.go — go/defer arguments: each is evaluated as its own
// statement, left to right (gc copies them into temporaries one by one).
package main

import "fmt"

type S struct{ n int }

func (s *S) Show(a, b int) { fmt.Println("show", s.n, a, b) }

func main() {
	x := 1
	inc := func() int { x++; return x }
	s := &S{}
	getS := func() *S { s.n = x * 100; return s }
	defer fmt.Println("d1", x, inc())
	defer fmt.Println("d2", x+inc(), x)
	defer getS().Show(x, inc())
	defer func(a, b int) { fmt.Println("d4", a, b) }(x*inc(), x)
	defer panicLater(x, inc(), x)
	x += 10
}

func panicLater(a, b, c int) {
	if r := recover(); r != nil {
		fmt.Println("r", r)
	}
	fmt.Println("pl", a, b, c)
}
