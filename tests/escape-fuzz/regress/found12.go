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

func (t T) M0(a0 map[string]int, a1 func() int) *int {
	for k1, e2 := range make(map[string]*int, 1) {
		_, _ = k1, e2
	}
	sink = &a0
	return new(int)
}

func (t T) M1() {
	v3 := map[string]*int(nil)
	_ = v3
	for k4, e5 := range map[string]*int{"k": new(int)} {
		_, _ = k4, e5
		v6 := []int(nil)
		_ = v6
		t.s = (make([]int, len(v6)))[1:]
		if ((((1) + (1)) + (*e5)) + ((&T{p: e5}).a)) > (*e5) {
		} else {
			v7 := &map[string]int{}
			_ = v7
			(*v7)[k4] = len(k4)
		}
	}
	f8 := func() {
		if (1) > (len(string([]byte("s")))) {
			t.M0(map[string]int{"a": (new(T)).a}, (func() int)(nil))
		} else {
			sink = v3
		}
		v9 := t.s
		_ = v9
	}
	sinkf = f8
	t.p = new(int)
	t.M1()
}

func f0(p0 func() int, p1 *T) map[string]*int {
	v10, v11 := f2([2]*int{new(int), new(int)}, 4, append(p1.s, 1))
	_, _ = v10, v11
	fmt.Println(&v11, fmt.Sprint(map[string]int{"a": v11}), p1)
	glob = v10
	v12 := map[string]*int{"k": v10}
	_ = v12
	if ((T{a: v11, p: v10}).a) > (6) {
		v12["a"] = p1.p
		glob = v10
		v12["a"] = v10
	} else {
		sink = v12
		fmt.Println(v12, []int{}, p1)
	}
	return map[string]*int{"k": v10}
}

func f1(p0 int, p1 map[string]int, p2 T) int {
	v13 := p1
	_ = v13
	return len(p2.s)
}

func f2(p0 [2]*int, p1 any, p2 []int) (*int, int) {
	f14 := func() {
		for i15 := 0; i15 < 2; i15++ {
			v16, v17 := f4(make([]int, i15), (T{a: i15, p: new(int)}).a)
			_, _ = v16, v17
		}
		v18 := map[string]int(nil)
		_ = v18
	}
	sinkf = f14
	fmt.Println(map[string]*int{"k": (T{m: map[string]int(nil)}).p})
	return p0[1], (((*T)(nil)).q).a
}

func f3(p0 T) map[string]*int {
	for i19 := 0; i19 < 2; i19++ {
		sink = make(map[string]*int, i19)
		for k20, e21 := range map[string]*int(nil) {
			_, _ = k20, e21
			p0.s = ((([]int(nil))[1:])[1:])[1:]
			i19 = len(append(p0.s, i19))
		}
		v22 := append([]*int{new(int), &i19}, new(int))
		_ = v22
	}
	p0 = T{m: map[string]int{"a": 1}}
	fmt.Println(new(int), []int(nil), p0)
	return map[string]*int(nil)
}

func f4(p0 []int, p1 int) (*T, []*int) {
	v23 := &map[string]int{}
	_ = v23
	return (*T)(nil), make([]*int, 2)
}

func main() {
	v24 := string([]byte("s"))
	_ = v24
	v25 := func() int { return 0 }
	_ = v25
	for k26, e27 := range map[string]*int(nil) {
		_, _ = k26, e27
		v28 := v24
		_ = v28
		v29 := make(map[string]*int, 1)
		_ = v29
	}
	v30 := new(int)
	_ = v30
}

