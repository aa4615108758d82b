package main

var gs []*int

func push(s []*int, p *int) []*int {
	return append(s, p)
}

func arr() []int {
	var a [4]int
	return a[1:]
}

func dyn(n int) int {
	s := make([]int, n)
	t := make([]int, 8)
	return len(s) + len(t)
}

func lit(p *int) {
	gs = []*int{p, nil}
}

func main() {
	x, y := 1, 2
	s := push(nil, &x)
	lit(&y)
	println(len(s), len(arr()), dyn(2))
}
