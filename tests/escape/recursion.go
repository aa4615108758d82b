// errorcheck -0 -m -l

// Mutually recursive functions are analysed together: parameters flow directly.

package main

type N struct {
	v    int
	next *N
}

func even(n *N) *N { // ERROR "^n does not escape$"
	if n == nil {
		return nil
	}
	return odd(n.next)
}

func odd(n *N) *N { // ERROR "^n does not escape$"
	if n == nil {
		return nil
	}
	return even(n.next)
}

func self(p *int, k int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	if k == 0 {
		return p
	}
	return self(p, k-1)
}

func main() {
	x := 1
	println(even(&N{}) == nil, *self(&x, 3)) // ERROR "^&N\{\} does not escape$"
}
