// errorcheck -0 -m -l

// Pointer receivers: the receiver leaks only as the method body says.

package main

type Counter struct {
	n    int
	last *int
}

func (c *Counter) Inc() { c.n++ } // ERROR "^c does not escape$"

func (c *Counter) Remember(p *int) { c.last = p } // ERROR "^c does not escape$" "^leaking param: p$"

func (c *Counter) Self() *Counter { return c } // ERROR "^leaking param: c to result ~r0 level=0$"

func main() {
	var c Counter
	c.Inc()
	x := 1 // ERROR "^moved to heap: x$"
	c.Remember(&x)
	println(c.Self().n)
}
