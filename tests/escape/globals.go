// errorcheck -0 -m -l

// Anything stored in a package-level variable escapes.

package main

type T struct{ p *int }

var (
	gp *int
	gt T
	gs []*int
	gm map[string]*int
)

func keep(p *int) { // ERROR "^leaking param: p$"
	gp = p
	gt.p = p
	gs = append(gs, p)
	gm["k"] = p
}

func read() *int {
	return gp
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	keep(&x)
	println(read() != nil)
}
