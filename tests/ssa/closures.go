// closures.go — captured variables: by reference (a slot, LocalAddr in the
// owner, ClosureVar <*T> in the literal) when reassigned, by value
// (ClosureVar <T>) otherwise, as gc 1.19 decides.
package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(d int) int { return base + d }
}

func nested() int {
	x := 1
	f := func() func() int {
		return func() int {
			x++
			return x
		}
	}
	return f()()
}

func main() {}
