package main

func main() {
	x := 1
	f := func() { x = 2 }
	f()
	y := 1
	func() { _ = y }()
	z := 0
	z++
	w := 0
	w += 1
	var v int
	v = 3
	var u []int
	u[0] = 1
	var m map[int]int
	m[1] = 2
	var s struct{ a int }
	s.a = 1
	var p *int
	*p = 1
	for i := 0; ; {
		_ = 1
		i = 2
	}
}
