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

func f0() (T, []int) {
	v1 := string([]byte("ab")) + fmt.Sprint(T{})
	_ = v1
	for k2, e3 := range make([]int, ((T{}).a) + ((1) + (1))) {
		_, _ = k2, e3
		if e3 > ((len(append([]int(nil), k2))) + (((*T)(nil)).a)) {
		} else {
			v4 := f1(k2, "a", v1 + v1)
			_ = v4
		}
		v5 := new(T)
		_ = v5
	}
	defer f2(T{}, func() int { return 0 })
	return T{}, (T{a: 1, p: new(int)}).s
}

func f1(p0 int, p1 string, p2 string) map[string]*int {
	v6 := (T{}).m
	_ = v6
	return make(map[string]*int, 1)
}

func f2(p0 T, p1 func() int) {
	for i7 := 0; i7 < 2; i7++ {
		v8 := fmt.Sprint(p0)
		_ = v8
		v9 := v8
		_ = v9
	}
	sink = (new(T)).q
	v10 := new(int)
	_ = v10
	v11 := &map[string]int{}
	_ = v11
	v12 := func() int { sink = v10; return 0 }
	_ = v12
	sink = append(append(make([]int, 3), 1), (&T{p: v10}).a)
}

func f3() (map[string]int, T) {
	v13 := map[string]int{"a": 1}
	_ = v13
	fmt.Println(([]int(nil))[1:], ((T{}).a) + (len(v13)))
	f14 := func() {
		v15 := T{}
		_ = v15
	}
	f14()
	return (T{m: v13}).m, T{}
}

func main() {
	sink = "xy" + fmt.Sprint(T{}) + "a"
	if (1) > (1) {
		v16 := &map[string]int{}
		_ = v16
		f17 := func() {
		}
		sinkf = f17
	} else {
		for k18, e19 := range ([]int{5, (1) + (1)})[1:] {
			_, _ = k18, e19
			sink = new(T)
		}
		v20 := "xy"
		_ = v20
	}
}

