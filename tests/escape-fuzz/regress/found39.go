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

func (t *T) M0(a0 *int, a1 map[string]int) int {
	v1 := map[string]*int(nil)
	_ = v1
	defer f2([2]*int{a0, a0}, "s")
	v2 := func() int { sink = a0; return 0 }
	_ = v2
	glob = a0
	sink = T{m: a1}
	return *a0
}

func f0(p0 map[string]*int, p1 int) *T {
	p1 = len([]int(nil))
	v3 := p0
	_ = v3
	return (*T)(nil)
}

func f1(p0 [2]*int, p1 any, p2 int) int {
	for k4, e5 := range make([]int, 3) {
		_, _ = k4, e5
		go f2([2]*int{(T{}).p, (T{}).p}, "s" + "xy")
		sink = fmt.Sprint((*T)(nil))
	}
	defer f2(p0, fmt.Sprint(append([]int{}, p2)))
	return p2
}

func f2(p0 [2]*int, p1 string) {
	v6 := p0[1]
	_ = v6
}

func main() {
	v7 := map[string]int{"a": len(make(map[string]int))}
	_ = v7
}

