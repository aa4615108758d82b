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

func pair(p *int) (*int, *int) { return p, new(int) }

func take2(a, b *int) *int {
	if a != nil {
		return a
	}
	return b
}

func vany(xs ...any) {
	if len(xs) > 3 {
		sink = xs[0]
	}
}

func vptr(xs ...*int) *int {
	if len(xs) > 0 {
		return xs[0]
	}
	return nil
}

func f0(p0 any, p1 map[string]*int, p2 T) ([]int, T) {
	switch x1 := any(p0).(type) {
	case *int:
		glob = x1
	case T:
		sink = x1.p
	case string, []int:
		sink = x1
	}
	sink = fmt.Sprint(p1)
	v2 := fmt.Sprint([]*int(nil)) + string([]byte("s"))
	v3 := []byte(v2)
	sink = string(v3[1:])
	v4 := p0
	_ = v4
	p1["a"] = new(int)
	return []int{1}, T{m: (((*T)(nil)).q).m}
}

func f1(p0 *T, p1 *int, p2 []int) (map[string]int, []*int) {
	*p1 = (T{m: map[string]int(nil)}).a
	glob = p1
	for i5 := 0; i5 < 2; i5++ {
		p2 = p2
	}
	*p1 = (T{a: 8, p: p1}).a
	return ((*p0).q).m, []*int(nil)
}

func f2() []*int {
	sink = T{m: make(map[string]int)}
	if (len("s")) > ((T{m: map[string]int(nil)}).a) {
		v6 := take2(pair(new(int)))
		_ = v6
		v7 := (&T{p: v6}).m
		_ = v7
		v7[fmt.Sprint(v7)] = len(fmt.Sprint(v7))
	} else {
		v8 := &map[string]int{}
		_ = v8
		if sink == ("s") {
			sink = nil
		}
	}
	v9 := append([]*int(nil), new(int))
	_ = v9
	return v9
}

func f3(p0 int, p1 *T) []*int {
	switch p0 {
	case 1, 2:
	default:
		f10 := func() {
			v11 := *p1
			glob = v11.p
		}
		f10()
	}
	if p0 > (len("s")) {
		sink = new(int)
	} else {
		v12 := take2(pair(new(int)))
		_ = v12
		v13 := vptr(v12, &p0)
		_ = v13
	}
	for k14, e15 := range map[string]*int(nil) {
		_, _ = k14, e15
		glob = e15
	}
	if p0 > p0 {
		switch x16 := any(p0 + p0).(type) {
		case *int:
			glob = x16
		case T:
			sink = x16.p
		case string, []int:
			sink = x16
		}
	}
	p1.p = (new(T)).p
	return []*int(nil)
}

func main() {
	v17 := 1
	_ = v17
}

