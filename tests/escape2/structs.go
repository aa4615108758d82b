package main

type Inner struct {
	p *int
}

type Outer struct {
	in  Inner
	ptr *Inner
	tag string
}

var gp *int

func (o *Outer) Set(p *int) {
	o.in.p = p
}

func (o *Outer) Get() *int {
	return o.ptr.p
}

func leak(o Outer) {
	gp = o.in.p
}

func main() {
	x := 1
	o := &Outer{ptr: &Inner{}}
	o.Set(&x)
	leak(*o)
	println(o.Get() == nil)
}
