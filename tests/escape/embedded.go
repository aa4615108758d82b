// errorcheck -0 -m -l

// Promoted fields and methods through embedded structs.

package main

type Inner struct{ p *int }

func (i *Inner) SetP(p *int) { i.p = p } // ERROR "^i does not escape$" "^leaking param: p$"

type Outer struct {
	Inner
	n int
}

var gp *int

func use(o *Outer, q *int) { // ERROR "^leaking param content: o$" "^leaking param: q$"
	o.SetP(q)
	gp = o.p
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	var o Outer
	use(&o, &x)
}
