package main

var gf func() int

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func byValue(x int) int {
	f := func() int { return x * 2 }
	return f()
}

func store(p *int) {
	gf = func() int { return *p }
}

func nested() func() int {
	v := 1
	return func() int {
		g := func() int { return v }
		return g()
	}
}

func main() {
	c := counter()
	x := 3
	store(&x)
	println(c(), byValue(2), nested()())
}
