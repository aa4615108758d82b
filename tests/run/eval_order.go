// eval_order.go — gc's order of evaluation within a statement: calls first,
// in source order, then the plain reads (src/ssa/build_order.c).
package main

import (
	"fmt"
	"strconv"
)

type P struct{ x, y int }

type S struct {
	n    int
	name string
}

func (s *S) Bump() int { s.n++; s.name += "!"; return s.n }

var flag bool
var b8 byte = 1
var f64 = 1.5
var pt = P{1, 2}
var str = "a"
var i16 int16 = 3

func setAll() int {
	flag = true
	b8 = 9
	f64 = 2.5
	pt = P{7, 8}
	str = "b"
	i16 = 4
	return 0
}

func two() (int, int) { return 1, 2 }

func main() {
	fmt.Println(flag, b8, f64, pt, str, i16, setAll())
	s := &S{name: "s"}
	fmt.Println(s.n, s.name, s.Bump(), *s)
	x := 1
	inc := func() int { x++; return x }
	y := x + inc()*10 + x
	fmt.Println(y, x)
	arr := []int{x, inc(), x}
	fmt.Println(arr)
	m := map[int]int{x: inc(), 100: x}
	fmt.Println(len(m), m[100])
	z := strconv.Itoa(x) + strconv.Itoa(inc())
	fmt.Println(z)
	if x < inc() && x > 0 {
		fmt.Println("yes", x)
	}
	a, b := two()
	fmt.Println(a+x, b, inc())
	var v = x * inc()
	fmt.Println(v)
	k := 0
	k += inc() + k
	fmt.Println(k)
	fmt.Printf("%d %d\n", x, inc())
	q := []int{1, 2, 3}
	i := 0
	nexti := func() int { i++; return i }
	q[i] = nexti()
	fmt.Println(q, i)
	t := P{}
	t.x, t.y = inc(), t.x
	fmt.Println(t)
	defer fmt.Println("deferred", x, inc())
	switch x + inc() {
	case 21:
		fmt.Println("21")
	default:
		fmt.Println("other", x)
	}
	fmt.Println(x == inc(), x)
	ok := x > 0 || inc() > 0
	fmt.Println(ok, x)
}
