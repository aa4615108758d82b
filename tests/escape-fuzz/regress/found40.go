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

func (t T) M0(a0 string) {
	v1 := (T{m: map[string]int{"a": 1}}).m
	_ = v1
	f2 := func() {
		fmt.Println(map[string]*int(nil), &t)
		v1 = v1
	}
	f2()
	fmt.Println(new(T))
	v3 := f3([]*int(nil))
	_ = v3
}

func f0() any {
	sink = &map[string]int{}
	v4 := f3(&map[string]int{})
	_ = v4
	v5 := *v4
	_ = v5
	v5 = v5
	return v5
}

func f1(p0 string) any {
	v6 := f2(1, new(T), [2]*int{new(int), new(int)})
	_ = v6
	v7 := "a" + p0
	_ = v7
	return T{}
}

func f2(p0 int, p1 *T, p2 [2]*int) *int {
	fmt.Println("xy" + string([]byte("ab")), map[string]*int(nil))
	p1 = &T{p: new(int)}
	if p0 > p0 {
		f8 := func() {
			p1.M0("s")
		}
		f8()
	}
	v9 := (T{a: p0, p: new(int)}).m
	_ = v9
	fmt.Println(make(map[string]*int, 1))
	return new(int)
}

func f3(p0 any) *int {
	sink = &map[string]int{}
	for k10, e11 := range make(map[string]*int, 1) {
		_, _ = k10, e11
		v12 := T{a: *e11, p: e11}
		_ = v12
	}
	v13, v14 := f4(&map[string]int{})
	_, _ = v13, v14
	return new(int)
}

func f4(p0 *map[string]int) ([]int, []*int) {
	v15 := f3(((T{}).q).p)
	_ = v15
	for i16 := 0; i16 < 2; i16++ {
		v17 := new(T)
		_ = v17
	}
	v18 := 1
	_ = v18
	v18 = v18
	v19 := ((*T)(nil)).s
	_ = v19
	return make([]int, 3), append([]*int(nil), &v18)
}

func main() {
	for k20, e21 := range make(map[string]*int, 1) {
		_, _ = k20, e21
		v22 := (append((T{}).s, (T{}).a))[1:]
		_ = v22
	}
	v23 := make(map[string]*int, 1)
	_ = v23
}

