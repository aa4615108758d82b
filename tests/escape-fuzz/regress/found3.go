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

func (t T) M0(a0 T, a1 map[string]*int) {
	v1 := func() int { return 0 }
	_ = v1
	v2 := "s"
	_ = v2
	v3 := []*int{new(int)}
	_ = v3
	for i4 := 0; i4 < 2; i4++ {
		for k5, e6 := range a1 {
			_, _ = k5, e6
		}
		v7 := i4
		_ = v7
		t.m = map[string]int(nil)
	}
	f8 := func() {
		if (((t.a) + (1)) + (4)) > ((1) + (1)) {
			sink = v2
		}
	}
	f8()
}

func (t *T) M1() {
	fmt.Println([]*int(nil))
	t.M0(T{m: make(map[string]int)}, map[string]*int{"k": new(int)})
	fmt.Println(make(map[string]int), new(int))
}

func f0(p0 map[string]int) (T, int) {
	sink = fmt.Sprint("b" + "a")
	v9 := &p0
	_ = v9
	for k10, e11 := range map[string]int{"a": 1} {
		_, _ = k10, e11
		sink = append([]int{e11}, e11 + e11)
	}
	return T{m: p0}, len(fmt.Sprint(fmt.Sprint("s")))
}

func f1() (*int, T) {
	v12 := &map[string]int{}
	_ = v12
	for k13, e14 := range make(map[string]int) {
		_, _ = k13, e14
	}
	v15 := 1
	_ = v15
	return new(int), T{}
}

func f2(p0 *T, p1 []int) T {
	if ((1) + (len(map[string]int(nil)))) > (9) {
	} else {
		p0.m = map[string]int(nil)
	}
	sink = map[string]*int{"k": new(int)}
	sink = append(p1, 0)
	return *p0
}

func main() {
	sink = map[string]*int(nil)
	for k16, e17 := range make([]int, 3) {
		_, _ = k16, e17
		k16 = k16
	}
}

