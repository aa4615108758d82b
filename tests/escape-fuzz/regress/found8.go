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

func (t T) M0(a0 T) map[string]int {
	v1 := a0
	_ = v1
	t.m = map[string]int(nil)
	v2 := func() int { return 0 }
	_ = v2
	a0.p = f0(make(map[string]*int, 1), fmt.Sprint((*T)(nil)))
	v3 := v1
	_ = v3
	return map[string]int{"a": (8) + (7)}
}

func f0(p0 map[string]*int, p1 string) *int {
	p0["b"] = new(int)
	fmt.Println(([]int{})[1:], &map[string]int{}, make([]*int, 0, 4))
	f4 := func() {
		p0["a"] = p0["k"]
		f5 := func() {
			v6 := &map[string]int{}
			_ = v6
		}
		f5()
	}
	sinkf = f4
	fmt.Println((T{}).q, T{m: map[string]int(nil)})
	p1 = p1
	return (T{m: make(map[string]int)}).p
}

func f1() *T {
	for i7 := 0; i7 < 2; i7++ {
		i7 = i7
		defer f2(map[string]*int{"k": new(int)})
	}
	fmt.Println([]*int{}, 8, fmt.Sprint(map[string]*int(nil)))
	return f1()
}

func f2(p0 map[string]*int) {
	v8 := make([]int, 1)
	_ = v8
	for i9 := 0; i9 < 2; i9++ {
		v10 := [2]*int{new(int), p0["k"]}
		_ = v10
		if i9 > i9 {
			v8 = v8
			v11 := f0(p0, string([]byte("s")))
			_ = v11
			v12 := p0
			_ = v12
		}
	}
	v13 := f0(map[string]*int{"k": f0(p0, "s")}, "a" + "b")
	_ = v13
	v14 := v13
	_ = v14
	glob = v13
	*v14 = (T{}).a
}

func main() {
	sink = string([]byte("ab"))
	v15 := make([]*int, 0, 4)
	_ = v15
	fmt.Println(string([]byte("s")))
}

