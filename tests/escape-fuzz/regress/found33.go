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

func (t *T) M0(a0 []*int) *int {
	sink = "a" + fmt.Sprint(t)
	if (5) > (1) {
		t.s = append(t.s, (T{a: 1, p: new(int)}).a)
		v1 := map[string]int(nil)
		_ = v1
		v2 := new(int)
		_ = v2
	} else {
		v3 := t.a
		_ = v3
	}
	for i4 := 0; i4 < 2; i4++ {
		t.M0(a0)
	}
	return new(int)
}

func f0(p0 []*int) int {
	for i5 := 0; i5 < 2; i5++ {
		if i5 > i5 {
			sink = map[string]*int{"k": new(int)}
			v6 := [2]*int{&i5, new(int)}
			_ = v6
		}
		f7 := func() {
		}
		sinkf = f7
	}
	return (&T{p: new(int)}).a
}

func f1(p0 func() int) (string, []int) {
	sink = make(map[string]*int, 1)
	fmt.Println(map[string]*int(nil), ((append([]int(nil), 1))[1:])[1:], len(map[string]int(nil)))
	v8 := [2]*int{new(int), (&T{p: new(int)}).p}
	_ = v8
	return fmt.Sprint(&map[string]int{}), make([]int, 3)
}

func f2(p0 T, p1 []*int, p2 func() int) {
	v9 := new(int)
	_ = v9
	for k10, e11 := range make(map[string]int) {
		_, _ = k10, e11
		for k12, e13 := range make([]int, 3) {
			_, _ = k12, e13
		}
	}
	p1 = append(p1, v9)
	v14 := &map[string]int{}
	_ = v14
}

func main() {
	fmt.Println(0)
	fmt.Println(append((T{m: map[string]int(nil)}).s, 5), map[string]int(nil), T{m: map[string]int{"a": 8}})
	v15 := []*int{}
	_ = v15
	for k16, e17 := range v15 {
		_, _ = k16, e17
		v18, v19 := f1(func() int { k16++; sink = e17; return k16 })
		_, _ = v18, v19
		e17 = ((*T)(nil)).p
		v20 := T{}
		_ = v20
	}
}

