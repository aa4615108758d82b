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
	if len(xs) > 1 {
		sink = xs[0]
	}
}

func vptr(xs ...*int) *int {
	if len(xs) > 0 {
		return xs[0]
	}
	return nil
}

func (t *T) M0(a0 *T) {
	v1 := *t
	_ = v1
	f2(*a0)
	v2 := *t
	glob = v2.p
}

func (t *T) M1() {
	for i3 := 0; i3 < 2; i3++ {
		v4 := []int{}
		_ = v4
	}
	L5:
	for i6 := 0; i6 < 3; i6++ {
		if i6 == 1 {
			continue L5
		}
		for k7, e8 := range map[string]*int{"k": new(int)} {
			_, _ = k7, e8
			t.M0((T{a: i6, p: e8}).q)
			if sink == (i6) {
				sink = nil
			}
		}
		sink = t.M1
		break L5
	}
}

func f0(p0 *T, p1 map[string]*int) []int {
	L9:
	for i10 := 0; i10 < 3; i10++ {
		if i10 == 1 {
			continue L9
		}
		v11 := f3(new(int), make(map[string]*int, 1))
		_ = v11
		f12 := func() {
			v13 := v11
			_ = v13
		}
		f12()
		break L9
	}
	p0 = new(T)
	switch len([]int(nil)) {
	case 1, 2:
		p0.M0(p0)
	default:
		v14 := p1["k"]
		_ = v14
		switch x15 := any(map[string]int{"a": len([]int(nil))}).(type) {
		case *int:
			glob = x15
		case T:
			sink = x15.p
		case string, []int:
			sink = x15
		}
		switch 1 {
		case 1, 2:
			v16 := vptr(v14, new(int))
			_ = v16
		default:
			v17 := string([]byte("ab"))
			_ = v17
		}
	}
	return (T{m: (T{}).m}).s
}

func f1(p0 *T, p1 func() int, p2 []*int) any {
	v18 := map[string]int(nil)
	_ = v18
	v19 := f0(p0, map[string]*int(nil))
	_ = v19
	v20 := map[string]*int{"k": new(int)}
	_ = v20
	f2(T{})
	v21 := make([]int, 3)
	_ = v21
	fmt.Println(v20)
	return v20
}

func f2(p0 T) {
	v22 := "a"
	_ = v22
	v23 := map[string]*int(nil)
	_ = v23
	v24 := &p0
	_ = v24
}

func f3(p0 *int, p1 map[string]*int) string {
	v25 := append(make([]*int, 2), p0)
	_ = v25
	v26 := &map[string]int{}
	_ = v26
	v27 := append(v25, p0)
	_ = v27
	v28 := f1(new(T), func() int { return 0 }, v25)
	_ = v28
	return "b"
}

func f4(p0 [2]*int, p1 string, p2 int) map[string]int {
	vany(p1)
	v29 := vptr()
	_ = v29
	if p2 > p2 {
	} else {
		for i30 := 0; i30 < 2; i30++ {
			v31 := [2]*int{v29, v29}
			_ = v31
		}
		glob = v29
	}
	v32 := f1((*T)(nil), func() int { return p2 }, []*int(nil))
	_ = v32
	sink = make([]int, 3)
	L33:
	for i34 := 0; i34 < 3; i34++ {
		if i34 == 1 {
			continue L33
		}
		if i34 > (len(append(([]int(nil))[1:], i34))) {
		}
		break L33
	}
	return make(map[string]int)
}

func main() {
	L35:
	for i36 := 0; i36 < 3; i36++ {
		if i36 == 1 {
			continue L35
		}
		break L35
	}
}

