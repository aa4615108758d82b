// errorcheck -0 -m -l

// leaking param content: what a parameter points to leaks, not the parameter itself.

package main

var gp *int

func contents(pp **int) { // ERROR "^leaking param content: pp$"
	gp = *pp
}

func sliceElem(s []*int) { // ERROR "^leaking param content: s$"
	gp = s[0]
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	p := &x
	contents(&p)
	sliceElem([]*int{&x}) // ERROR "^\[\]\*int\{\.\.\.\} does not escape$"
}
