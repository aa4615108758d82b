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

func (t T) M0(a0 T) map[string]int {
	if sink == (new(int)) {
		sink = nil
	}
	vany(new(int), f0(), map[string]*int(nil))
	switch len("s") {
	case 1, 2:
	default:
		sink = map[string]*int(nil)
	}
	a0.q = (a0.q).q
	sink = &map[string]int{}
	v1 := map[string]int(nil)
	_ = v1
	return v1
}

func f0() *T {
	v2 := []*int{}
	_ = v2
	sink = v2[0]
	v3 := v2
	_ = v3
	for i4 := 0; i4 < 2; i4++ {
		v5 := map[string]int(nil)
		_ = v5
	}
	return new(T)
}

func f1() []int {
	v6 := &map[string]int{}
	_ = v6
	return []int(nil)
}

func f2() {
	switch x7 := any(new(int)).(type) {
	case *int:
		glob = x7
	case T:
		sink = x7.p
	case string, []int:
		sink = x7
	}
	switch len("s" + "s" + "s" + "s") {
	case 1, 2:
		v8 := new(T)
		_ = v8
		f9 := func() {
			v8 = &T{p: new(int)}
			v10 := f0()
			_ = v10
			v11 := fmt.Sprint(map[string]*int{"k": new(int)})
			_ = v11
		}
		sinkf = f9
		fmt.Println(map[string]int(nil), new(int), []*int{new(int)})
	default:
		v12 := vptr(new(int))
		_ = v12
		switch x13 := any(make(map[string]int)).(type) {
		case *int:
			glob = x13
		case T:
			sink = x13.p
		case string, []int:
			sink = x13
		}
		v14 := "s" + "s" + fmt.Sprint("a")
		v15 := []byte(v14)
		sink = string(v15[1:])
	}
}

func f3(p0 *map[string]int, p1 []*int) (any, []int) {
	v16 := p0
	_ = v16
	v17 := p0
	_ = v17
	defer f2()
	p1 = append(p1, new(int))
	*p0 = map[string]int(nil)
	for k18, e19 := range append((f0()).s, 1) {
		_, _ = k18, e19
		p1 = append(p1, &k18)
	}
	return map[string]int{"a": 1}, []int(nil)
}

func main() {
	for k20, e21 := range append(make([]*int, 2), new(int)) {
		_, _ = k20, e21
		for k22, e23 := range make([]int, *e21) {
			_, _ = k22, e23
			v24 := take2(pair(e21))
			_ = v24
		}
	}
	v25, v26 := f3(&map[string]int{}, []*int{new(int), new(int)})
	_, _ = v25, v26
	v27 := "a" + string([]byte("s")) + "s" + "b"
	v28 := []byte(v27)
	sink = string(v28[1:])
}

