// errorcheck -0 -m -l

// Method values (t.M not called) allocate a closure.

package main

type T struct{ n int }

func (t *T) Get() int { return t.n } // ERROR "^t does not escape$"

func (t T) Val() int { return t.n }

var gf func() int

func local() int {
	t := &T{n: 1} // ERROR "^&T\{\.\.\.\} does not escape$"
	f := t.Get // ERROR "^t\.Get does not escape$"
	return f()
}

func escaping() {
	var t T
	gf = t.Val // ERROR "^t\.Val escapes to heap$"
}

func main() {
	println(local())
	escaping()
}
