package main

import (
	"fmt"
	"strconv"
)

type Shape struct {
	Name  string
	Sides int
	Tags  [2]string
}

type Grid [3][3]byte

type Stack struct{ items []any }

func (s *Stack) Push(x any) { s.items = append(s.items, x) }
func (s *Stack) Pop() (any, bool) {
	if len(s.items) == 0 {
		return nil, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return "myerr: " + e.msg }

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, &MyErr{k}
}

func variadic(prefix string, xs ...any) string {
	s := prefix
	for _, x := range xs {
		s += fmt.Sprint(x) + ";"
	}
	return s
}

func nested() (res []int) {
	defer func() {
		r := recover()
		res = append(res, len(fmt.Sprint(r)))
	}()
	func() {
		defer func() { res = append(res, 1) }()
		var arr [4]int
		idx := 10
		res = append(res, arr[idx%5])
		res = append(res, arr[idx])
	}()
	return
}

func main() {
	shapes := map[[2]string]Shape{}
	s := Shape{"tri", 3, [2]string{"a", "b"}}
	shapes[s.Tags] = s
	fmt.Println(shapes[[2]string{"a", "b"}].Sides, len(shapes))
	fmt.Printf("%v|%+v|%#v\n", s, s, s.Tags)
	var g Grid
	g[1][1] = 'x'
	fmt.Println(g, g == Grid{}, string(g[1][:]))
	st := &Stack{}
	for i := 0; i < 3; i++ {
		st.Push(i * i)
	}
	st.Push("top")
	for {
		x, ok := st.Pop()
		if !ok {
			break
		}
		switch v := x.(type) {
		case int:
			fmt.Print("int:", v, " ")
		case string:
			fmt.Print("str:", v, " ")
		}
	}
	fmt.Println()
	m := map[string]int{"a": 1}
	if _, err := find(m, "zz"); err != nil {
		fmt.Println("error:", err)
	}
	v, err := find(m, "a")
	fmt.Println(v, err, err == nil)
	fmt.Println(variadic("p:", 1, "two", 3.5, nil, []int{4}))
	fmt.Println(nested())
	x := 255
	fmt.Println(strconv.Itoa(x)+"!", string(rune(x)), fmt.Sprintf("%08b %o %X %#x", x, x, x, x))
	total := 0
	data := map[string][]int{"a": {1, 2}, "b": {3}, "c": nil}
outer:
	for k, vs := range data {
		for _, v := range vs {
			if v == 3 {
				continue outer
			}
			total += v
		}
		_ = k
	}
	fmt.Println(total)
	var iface any = s
	if sh, ok := iface.(Shape); ok {
		fmt.Println(sh.Name)
	}
	f := 1.0
	for i := 0; i < 10; i++ {
		f *= 1.5
	}
	fmt.Println(f, int(f), f > 50)
	var u8 uint8 = 250
	for i := 0; i < 10; i++ {
		u8++
	}
	fmt.Println(u8, -7/2, -7%2, 7>>1, -7>>1)
	bs := []byte("hello")
	copy(bs[1:], "EY")
	fmt.Println(string(bs), bs[0] == 'h')
}
