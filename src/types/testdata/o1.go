package main

type T struct{}

func (*T) P() {}
func (T) V()  {}

func init() {}

func main() {
	init()
	f := T.P
	g := (*T).V
	_ = &main
	_ = &T.V
	var h func() = T.V
	_, _, _ = f, g, h
	x := T.Nope
	_ = x
}
