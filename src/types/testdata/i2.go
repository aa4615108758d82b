package main

type A struct{ B }
type B struct{ x int }
type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.x
	var a A
	_ = a.x
	_ = a.B.x
	var i interface{} = a
	_ = i.(A)
	_ = i.(int) + 1
	s := i.(string)
	var n int = i
	_ = s
	_ = n
	var j any = 1
	j.x = 1
}
