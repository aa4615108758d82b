// errorcheck -0 -m -l

// Value receivers: the receiver is a copy; its pointer fields can still leak.

package main

type V struct {
	p *int
	n int
}

func (v V) P() *int { return v.p } // ERROR "^leaking param: v to result ~r0 level=0$"

func (v V) N() int { return v.n } // ERROR "^v does not escape$"

var gp *int

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	v := V{p: &x}
	gp = v.P()
	pv := &v
	println(pv.N())
}
