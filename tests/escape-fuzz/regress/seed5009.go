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

func (t *T) M0(a0 map[string]*int, a1 map[string]*int) *int {
	v1 := &map[string]int{}
	_ = v1
	return new(int)
}

func (t *T) M1(a0 map[string]int) int {
	a0 = a0
	switch 1 {
	case 1, 2:
		v2, ok3 := a0["a"]
		_, _ = v2, ok3
		t.m = map[string]int{"a": v2}
	default:
		sink = make([]*int, 0, 4)
		for k4, e5 := range append((([]int(nil))[1:])[1:], len("s")) {
			_, _ = k4, e5
			v6 := *t
			glob = v6.p
		}
	}
	return (7) + (6)
}

func f0(p0 [2]*int) (string, []int) {
	v7 := new(int)
	_ = v7
	if ((T{}).a) > (len((T{m: map[string]int(nil)}).s)) {
		vany()
		*v7 = 1
	}
	sink = v7
	return fmt.Sprint((T{}).m) + "b", ((*T)(nil)).s
}

func f1(p0 [2]*int) []int {
	v8 := make([]int, 3)
	_ = v8
	v9 := p0[1]
	_ = v9
	v10 := string([]byte("ab"))
	_ = v10
	f11 := func() {
		for i12 := 0; i12 < 2; i12++ {
			glob = v9
		}
	}
	sinkf = f11
	*v9 = 1
	fmt.Println(&map[string]int{})
	v10 = "b"
	return v8
}

func f2() {
	for k13, e14 := range make([]int, len(((*T)(nil)).m)) {
		_, _ = k13, e14
	}
	vany()
	go func(q *int) { _ = q }(new(int))
	v15 := take2(pair(new(int)))
	_ = v15
	v16 := ((T{}).q).a
	_ = v16
}

func f3(p0 []*int, p1 string) []int {
	defer f2()
	switch x17 := any(T{}).(type) {
	case *int:
		glob = x17
	case T:
		sink = x17.p
	case string, []int:
		sink = x17
	}
	return make([]int, 1)
}

func main() {
	go f2()
	v18 := func() int { return 0 }
	_ = v18
}

