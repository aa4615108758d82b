package main

type N struct {
	v    int
	next *N
}

func build(n int) *N {
	var head *N
	for i := 0; i < n; i++ {
		head = &N{v: i, next: head}
	}
	return head
}

func lastAddr(xs []int) *int {
	var p *int
	for _, x := range xs {
		p = &x
	}
	return p
}

func inner(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		q := new(int)
		*q = i
		t += *q
	}
	return t
}

func main() {
	println(build(2) != nil, lastAddr([]int{1, 2}) != nil, inner(3))
}
