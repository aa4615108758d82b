package main

import (
	"fmt"
	"os"
	"strconv"
)

type Base struct{ n int }

func (b *Base) Inc()     { b.n++ }
func (b Base) Get() int  { return b.n }
func (b Base) String() string { return strconv.Itoa(b.n) }

type Wrap struct {
	*Base
	name string
}

type Key struct {
	a [2]int
	s string
}

type Celsius float64

const (
	Big    = 1 << 100
	Small  = Big >> 98
	Mask   uint64 = 1<<63 | 1
	Neg           = -1 >> 1
	Pi            = 3.14159
	Tau           = 2 * Pi
	Str           = "a" + "b"
	Cnt           = len(Str)
	R             = 'x' + 1
)

func apply(f func(int) int, xs ...int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func kind(v any) string {
	switch x := v.(type) {
	case int, int64:
		return fmt.Sprint("int-ish ", x)
	case string:
		return "string " + x
	case nil:
		return "nil"
	default:
		_ = x
		return "other"
	}
}

func main() {
	w := Wrap{&Base{1}, "w"}
	w.Inc()
	f := w.Get
	g := (*Base).Inc
	g(w.Base)
	h := Base.Get
	fmt.Println(f(), h(*w.Base), w)
	m := map[Key]int{{[2]int{1, 2}, "x"}: 1}
	m[Key{s: "y"}]++
	len := 3
	_ = len
	var c Celsius = 36.6
	c += 0.4
	fmt.Printf("%v %v %v %v %v %v\n", Small, Mask, Neg, Tau, Cnt, R)
	args := []any{1, "a"}
	fmt.Println(args...)
	b := make([]byte, 3)
	n := copy(b, "abc")
	for i, r := range "héllo" {
		_ = string(r) + strconv.Itoa(i)
	}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(apply(fib, 1, 2, 3), n, kind(1), kind(nil), kind(c))
	var arr [3]Key
	_ = arr[0] == arr[1]
	if len > 2 {
		os.Exit(0)
	}
}
