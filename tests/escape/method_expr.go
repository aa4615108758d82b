// errorcheck -0 -m -l

// Method expressions (T.M) are plain functions taking the receiver first.

package main

type T struct{ p *int }

func (t T) Ptr() *int { return t.p } // ERROR "^leaking param: t to result ~r0 level=0$"

func (t *T) Set(p *int) { t.p = p } // ERROR "^t does not escape$" "^leaking param: p$"

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	var t T
	set := (*T).Set
	set(&t, &x)
	get := T.Ptr
	println(*get(t))
	(*T).Set(&t, nil)
}
