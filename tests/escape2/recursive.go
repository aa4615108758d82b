package main

type T struct {
	l, r *T
	v    *int
}

func walk(t *T, acc []*int) []*int {
	if t == nil {
		return acc
	}
	acc = walk(t.l, acc)
	acc = append(acc, t.v)
	return walk(t.r, acc)
}

func even(n int, p *int) *int {
	if n == 0 {
		return p
	}
	return odd(n-1, p)
}

func odd(n int, p *int) *int {
	if n == 0 {
		return nil
	}
	return even(n-1, p)
}

func main() {
	x := 1
	t := &T{v: &x}
	println(len(walk(t, nil)), even(2, &x) != nil)
}
