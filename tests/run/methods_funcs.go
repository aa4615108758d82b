package main

import "fmt"

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Add(v int) { *l = append(*l, v) }

type Base struct{ ID int }

func (b *Base) SetID(i int) { b.ID = i }
func (b Base) Describe() string { return fmt.Sprint("base#", b.ID) }

type Derived struct {
	*Base
	Name string
}

type Op func(a, b int) (int, error)

func main() {
	var l IntList
	l.Add(1)
	l.Add(2)
	fmt.Println(l.Sum(), l, len(l))
	d := Derived{&Base{1}, "d"}
	d.SetID(7)
	fmt.Println(d.Describe(), d.ID, d.Base.ID)
	ops := map[string]Op{
		"add": func(a, b int) (int, error) { return a + b, nil },
		"div": func(a, b int) (int, error) {
			if b == 0 {
				return 0, &myErr{fmt.Sprintf("div by zero: %d/%d", a, b)}
			}
			return a / b, nil
		},
	}
	for _, name := range []string{"add", "div"} {
		r, err := ops[name](6, 0)
		fmt.Println(name, r, err)
	}
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(20))
	pairs := func() (func() (int, string), int) {
		n := 0
		return func() (int, string) { n++; return n, fmt.Sprint("n=", n) }, 5
	}
	next, k := pairs()
	next()
	fmt.Println(next())
	fmt.Println(k)
	type point struct{ x, y float64 }
	pts := []point{{1, 2}, {3, 4}}
	pp := &pts[1]
	pp.x = 10
	fmt.Println(pts, *pp)
	matrix := [][]float64{{1, 2}, {3, 4}}
	var t [2][2]float64
	for i, row := range matrix {
		for j, v := range row {
			t[j][i] = v
		}
	}
	fmt.Println(t)
	var e error
	fmt.Println(e == nil, e)
	str := fmt.Sprint(3, 4, "a", "b", 5)
	fmt.Println(str, fmt.Sprintln("x", 1))
}

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }
