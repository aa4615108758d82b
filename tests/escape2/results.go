package main

func swap(a, b *int) (*int, *int) {
	return b, a
}

func named(xs []*int) (first *int, n int) {
	if len(xs) > 0 {
		first = xs[0]
	}
	n = len(xs)
	return
}

func deref(pp **int) *int {
	return *pp
}

func pair() (*int, *int) {
	a, b := 1, 2
	return &a, &b
}

func main() {
	x, y := 1, 2
	p, q := swap(&x, &y)
	f, n := named([]*int{p})
	pp := &q
	a, b := pair()
	println(f != nil, n, *deref(pp), *a+*b)
}
