package main

func f(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 0
	}
}

func g(x int) int {
	for {
		if x > 0 {
			break
		}
	}
}

func h(x int) int {
	if x > 0 {
		return 1
	}
}

func k(x int) int {
L:
	for {
		for {
			break L
		}
	}
}

func l(x any) int {
	switch x.(type) {
	case int:
		return 1
	}
}

func m() int {
	panic(1)
}

func n() (r int) {
	defer func() { r = 2 }()
	return
}

func main() {
	f(1)
	g(1)
	h(1)
	k(1)
	l(1)
	m()
	n()
}
