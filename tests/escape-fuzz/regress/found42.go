package main

import "fmt"

type T struct {
	a int
	p *int
	q *T
	s []int
	m map[string]int
}

var glob *int
var sink any
var sinkf func()

func (t T) M0(a0 *T, a1 *int) *int {
	*a1 = *a1
	go f1("a")
	sink = make(map[string]*int, 1)
	for i1 := 0; i1 < 2; i1++ {
		if (i1 + (i1 + i1)) > i1 {
			glob = a1
			defer f1("a")
			fmt.Println(a0)
		} else {
		}
	}
	a0.p = (T{m: map[string]int(nil)}).p
	return a1
}

func (t T) M1() map[string]int {
	v2 := &map[string]int{}
	_ = v2
	return (t.q).m
}

func f0() *T {
	sink = f0()
	f1(fmt.Sprint(make(map[string]*int, 1)))
	go f1("s")
	if (1) > (1) {
		v3 := &map[string]int{}
		_ = v3
		v4 := new(int)
		_ = v4
	}
	return f0()
}

func f1(p0 string) {
	for i5 := 0; i5 < 2; i5++ {
		v6 := f0()
		_ = v6
		v7 := func() int { return i5 }
		_ = v7
	}
	sink = make([]*int, 2)
	f8 := func() {
		f9 := func() {
		}
		f9()
	}
	f8()
}

func main() {
	v10 := map[string]int{"a": ((1) + (1)) + (9)}
	_ = v10
	sink = T{a: 5, p: new(int)}
	v11 := (T{a: 1, p: new(int)}).s
	_ = v11
	v12 := &v10
	_ = v12
}

