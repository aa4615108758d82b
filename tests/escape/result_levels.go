// errorcheck -0 -m -l

// Leak levels: returning what a parameter points to (level=1, 2).

package main

type T struct {
	p *int
	q **int
}

func deref(pp **int) *int { // ERROR "^leaking param: pp to result ~r0 level=1$"
	return *pp
}

func field(t *T) *int { // ERROR "^leaking param: t to result ~r0 level=1$"
	return t.p
}

func field2(t *T) *int { // ERROR "^leaking param: t to result ~r0 level=2$"
	return *t.q
}

func main() {
	x := 1
	px := &x
	t := T{p: px, q: &px}
	println(*deref(&px), *field(&t), *field2(&t))
}
