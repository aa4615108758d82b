package main

type S struct {
	a int
	b string
}

func main() {
	_ = S{1}
	_ = S{1, "a", 3}
	_ = S{a: 1, 2}
	_ = S{c: 1}
	_ = S{a: 1, a: 2}
	_ = []int{1: 1, 1: 2}
	_ = [2]int{1, 2, 3}
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[string]int{1}
	_ = []int{"a"}
	_ = [...]int{1, 2}
	_ = int{}
}
