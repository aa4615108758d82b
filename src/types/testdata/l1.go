package main

import "fmt"

type E struct{}

func (E) Error() string { return "e" }

type P struct{}

func (*P) Error() string { return "p" }

type S struct{ a []int }

func main() {
	var e error = E{}
	var e2 error = P{}
	var e3 error = &P{}
	var e4 error = 5
	_ = e.(E)
	_ = e.(P)
	_ = e.(*P)
	_ = e.(int)
	x, y := S{}, S{}
	_ = x == y
	var m map[[]int]int
	var m2 map[S]int
	_, _ = m, m2
	fmt.Println(e, e2, e3, e4)
	var f1, f2 func()
	_ = f1 == f2
	_ = f1 == nil
}
