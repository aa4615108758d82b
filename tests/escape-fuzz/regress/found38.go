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

func (t T) M0(a0 []int, a1 int) map[string]int {
	t.M0(a0, 1)
	fmt.Println(map[string]*int{"k": new(int)}, map[string]int(nil), a0)
	t = t
	return map[string]int(nil)
}

func f0(p0 *map[string]int, p1 [2]*int, p2 *int) {
	*p0 = make(map[string]int)
	v1 := make(map[string]*int, 1)
	_ = v1
	(*p0)[string([]byte("ab"))] = *p2
	v2 := f1(p1, T{m: map[string]int{"a": 5}})
	_ = v2
}

func f1(p0 [2]*int, p1 T) *int {
	v3 := &map[string]int{}
	_ = v3
	v4 := p1
	_ = v4
	v4.q = new(T)
	v5 := p1.q
	_ = v5
	f6 := func() {
		v7 := &p1
		_ = v7
		for k8, e9 := range *v3 {
			_, _ = k8, e9
			sink = make(map[string]*int, e9)
		}
		v5.q = new(T)
	}
	f6()
	fmt.Println(map[string]*int(nil))
	v10 := make(map[string]int)
	_ = v10
	return f1(p0, v4)
}

func f2(p0 any) []int {
	return ((T{}).q).s
}

func f3(p0 [2]*int, p1 map[string]int) (any, T) {
	go f0(&p1, [2]*int{new(int), new(int)}, f1(p0, T{m: p1}))
	v11 := map[string]*int{"k": p0[1]}
	_ = v11
	v11 = v11
	f12 := func() {
		v13 := f2(append([]int{1}, 1))
		_ = v13
	}
	f12()
	v14 := &p1
	_ = v14
	return len("s"), T{}
}

func f4(p0 []int, p1 any, p2 *int) (T, map[string]*int) {
	fmt.Println(p2)
	v15 := string([]byte("ab"))
	_ = v15
	fmt.Println(8)
	for k16, e17 := range []*int(nil) {
		_, _ = k16, e17
		p1 = p1
	}
	return T{}, make(map[string]*int, *p2)
}

func main() {
	f18 := func() {
		v19, v20 := f4(make([]int, 3), (make([]int, 3))[1:], new(int))
		_, _ = v19, v20
		v19.s = make([]int, len(make([]int, 1)))
	}
	f18()
}

