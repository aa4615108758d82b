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

func (t T) M0(a0 string) *int {
	v1 := new(int)
	_ = v1
	for i2 := 0; i2 < 2; i2++ {
		if i2 > (i2 + (i2 + i2)) {
			t.s = ([]int{i2})[1:]
			go f1()
			t.M1(make([]*int, i2), make(map[string]*int, 1))
		} else {
			v3 := map[string]*int{"k": v1}
			_ = v3
		}
		for k4, e5 := range map[string]int(nil) {
			_, _ = k4, e5
			t.m = make(map[string]int)
		}
	}
	v6 := [2]*int{v1, v1}
	_ = v6
	for k7, e8 := range map[string]int(nil) {
		_, _ = k7, e8
		v9 := func() int { _ = e8; return e8 }
		_ = v9
		k7 = k7
		v10 := make([]*int, 0, 4)
		_ = v10
	}
	v11 := &map[string]int{}
	_ = v11
	return new(int)
}

func (t T) M1(a0 []*int, a1 any) *int {
	for i12 := 0; i12 < 2; i12++ {
		v13 := make([]*int, len("s"))
		_ = v13
		a0 = append(a0, &i12)
		v14 := make(map[string]int)
		_ = v14
	}
	t.M1(a0, &map[string]int{})
	v15 := t
	_ = v15
	t.M0(fmt.Sprint(map[string]int{"a": len(map[string]int(nil))}))
	a1 = append([]int{}, 6)
	v16 := [2]*int{new(int), new(int)}
	_ = v16
	return new(int)
}

func f0(p0 map[string]*int, p1 *int) string {
	for k17, e18 := range make([]*int, 0, 4) {
		_, _ = k17, e18
		fmt.Println(p1, p0)
		v19 := k17
		_ = v19
	}
	v20 := T{}
	_ = v20
	v21 := [2]*int{p1, p1}
	_ = v21
	sink = "a"
	v22 := p1
	_ = v22
	return fmt.Sprint(T{}) + string([]byte("s")) + fmt.Sprint((T{}).q)
}

func f1() {
	fmt.Println([]*int{new(int), (new(T)).p}, new(int))
	f23 := func() {
		fmt.Println(map[string]*int{"k": new(int)}, &map[string]int{}, make(map[string]*int, len(make([]int, 1))))
	}
	f23()
}

func main() {
	for i24 := 0; i24 < 2; i24++ {
		v25 := ((*T)(nil)).s
		_ = v25
		v26 := T{}
		_ = v26
	}
}

