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

func (t T) M0(a0 []int, a1 map[string]int) map[string]int {
	if ((&T{p: new(int)}).a) > ((1) + (1)) {
	} else {
		for i1 := 0; i1 < 2; i1++ {
			v2 := i1
			_ = v2
			fmt.Println([]*int(nil), (make([]int, v2))[1:])
		}
	}
	sink = fmt.Sprint(a0)
	v3 := append(append([]*int(nil), t.p), new(int))
	_ = v3
	return make(map[string]int)
}

func f0(p0 [2]*int, p1 *map[string]int, p2 any) ([]*int, *int) {
	for i4 := 0; i4 < 2; i4++ {
		fmt.Println((*T)(nil), new(T))
		for k5, e6 := range []int{i4} {
			_, _ = k5, e6
			vany()
			v7 := (func() int)(nil)
			_ = v7
		}
		*p1 = (T{m: (T{}).m}).m
	}
	f8 := func() {
		v9 := fmt.Sprint(p2) + "s"
		v10 := []byte(v9)
		sink = string(v10[1:])
		L11:
		for i12 := 0; i12 < 3; i12++ {
			if i12 == 1 {
				continue L11
			}
			(*p1)[v9] = ((T{}).a) + (8)
			break L11
		}
	}
	sinkf = f8
	v13 := string([]byte("ab")) + "s"
	v14 := []byte(v13)
	sink = string(v14[1:])
	return append([]*int(nil), new(int)), (T{}).p
}

func f1(p0 [2]*int) (*T, string) {
	switch x15 := any([]*int(nil)).(type) {
	case *int:
		glob = x15
	case T:
		sink = x15.p
	case string, []int:
		sink = x15
	}
	fmt.Println(T{})
	if sink == (fmt.Sprint(((*T)(nil)).q) + string([]byte("ab")) + fmt.Sprint(T{})) {
		sink = nil
	}
	return new(T), fmt.Sprint(p0[1])
}

func f2(p0 T, p1 T, p2 [2]*int) map[string]int {
	switch (((*T)(nil)).q).a {
	case 1, 2:
		v16 := take2(pair(new(int)))
		_ = v16
	default:
	}
	v17, v18 := f1([2]*int{new(int), p2[1]})
	_, _ = v17, v18
	sink = p0.M0
	switch 1 {
	case 1, 2:
		v19 := []*int(nil)
		_ = v19
		L20:
		for i21 := 0; i21 < 3; i21++ {
			if i21 == 1 {
				continue L20
			}
			v22, v23 := f1(p2)
			_, _ = v22, v23
			v24 := v17
			_ = v24
			v25 := ([]int{})[1:]
			_ = v25
			break L20
		}
		v26 := (len(v17.s)) + ((1) + (p1.a))
		_ = v26
	default:
		v27 := func() int { return 0 }
		_ = v27
	}
	v28 := (1) + (1)
	_ = v28
	L29:
	for i30 := 0; i30 < 3; i30++ {
		if i30 == 1 {
			continue L29
		}
		v31 := []int(nil)
		_ = v31
		break L29
	}
	return p1.m
}

func f3(p0 int, p1 map[string]*int, p2 [2]*int) (string, *map[string]int) {
	for i32 := 0; i32 < 2; i32++ {
		v33 := vptr(p1["k"], ((*T)(nil)).p)
		_ = v33
		if ((((*T)(nil)).a) + ((T{}).a)) > i32 {
			p1["a"] = v33
		} else {
		}
	}
	for i34 := 0; i34 < 2; i34++ {
		v35 := vptr()
		_ = v35
	}
	return "s" + "xy", &map[string]int{}
}

func main() {
	switch ((T{m: map[string]int(nil)}).a) + (8) {
	case 1, 2:
		f36 := func() {
			v37 := map[string]*int(nil)
			_ = v37
		}
		f36()
	default:
		v38 := new(int)
		_ = v38
		vany()
	}
	sink = make(map[string]*int, 1)
}

