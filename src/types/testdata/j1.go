package main

type T struct{ x int }

func (T) M()   {}
func (*T) P()  {}

type U struct{ *T }
type V struct{ T }

func main() {
	var u U
	u.M()
	u.P()
	var v V
	v.M()
	v.P()
	V{}.P()
	T.M(T{})
	(*T).P(&T{})
	T.P(T{})
	f := T{}.M
	g := (&T{}).P
	f()
	g()
	h := T.Q
	_ = h
	var p **T
	p.M()
}
