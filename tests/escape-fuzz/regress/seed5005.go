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
	if len(xs) > 2 {
		sink = xs[0]
	}
}

func vptr(xs ...*int) *int {
	if len(xs) > 0 {
		return xs[0]
	}
	return nil
}

func (t T) M0(a0 *map[string]int, a1 *map[string]int) *int {
	L1:
	for i2 := 0; i2 < 3; i2++ {
		if i2 == 1 {
			continue L1
		}
		fmt.Println(a0, append([]*int{new(int), ((*T)(nil)).p}, &i2))
		if sink == (string([]byte("ab")) + fmt.Sprint(a1)) {
			sink = nil
		}
		break L1
	}
	if (1) > (7) {
	}
	return new(int)
}

func (t *T) M1() *int {
	v3 := map[string]*int(nil)
	_ = v3
	v4 := f0(4)
	_ = v4
	for i5 := 0; i5 < 2; i5++ {
		fmt.Println(i5)
	}
	v6 := take2(pair(new(int)))
	_ = v6
	return v6
}

func f0(p0 int) T {
	sink = make([]*int, 0, 4)
	v7 := take2(pair(new(int)))
	_ = v7
	f8 := func() {
		switch p0 {
		case 1, 2:
			*v7 = p0
			v9 := len("s")
			_ = v9
		default:
			go f2((T{}).p)
		}
		glob = v7
	}
	f8()
	return T{}
}

func f1(p0 map[string]int, p1 []*int, p2 string) {
	v10 := take2(pair(new(int)))
	_ = v10
	for k11, e12 := range (append([]int{1}, (1) + (1)))[1:] {
		_, _ = k11, e12
		glob = v10
		v13 := p0
		_ = v13
	}
	v14 := T{m: p0}
	_ = v14
	v15, ok16 := p0["a"]
	_, _ = v15, ok16
}

func f2(p0 *int) {
	p0 = p0
	switch x17 := any(map[string]int(nil)).(type) {
	case *int:
		glob = x17
	case T:
		sink = x17.p
	case string, []int:
		sink = x17
	}
	v18 := take2(pair(p0))
	_ = v18
}

func main() {
	v19 := string([]byte("ab")) + string([]byte("ab")) + string([]byte("s")) + "s"
	v20 := []byte(v19)
	sink = string(v20[1:])
	v21 := []*int(nil)
	_ = v21
}

