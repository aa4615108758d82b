package main

import "fmt"

type S struct {
	A int
	B string
}

func main() {
	vals := []any{1, "a", 2.5, S{1, "x"}, &S{2, "y"}, []int{1, 2}, nil, true, uint8(3), map[string]int{"z": 26}}
	for i, v := range vals {
		fmt.Printf("%d %v %T\n", i, v, v)
	}
	m := map[any]int{}
	m[1] = 1
	m["1"] = 2
	m[S{1, "x"}] = 3
	m[1.0] = 4
	fmt.Println(len(m), m[1], m["1"], m[S{1, "x"}], m[2])
	var e any
	fmt.Println(e == nil, e)
	e = (*S)(nil)
	fmt.Println(e == nil)
}
