// errorcheck -0 -m -l

// Structs with pointer fields: storing into fields of parameters and locals.

package main

type T struct {
	p    *int
	next *T
}

var gt *T

func link(a, b *T) { // ERROR "^a does not escape$" "^leaking param: b$"
	a.next = b
}

func setP(t *T, p *int) { // ERROR "^t does not escape$" "^leaking param: p$"
	t.p = p
}

func localLink() bool {
	var a, b T
	a.next = &b
	return a.next.p == nil
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	a, b := &T{}, &T{} // ERROR "^&T\{\} escapes to heap$"
	link(a, b)
	setP(a, &x)
	gt = a
	_ = localLink()
}
