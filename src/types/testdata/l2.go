package main

const (
	a = 1 << 62
	b = a * 4
	c int64 = a * 4
	d = -1
	e uint = d
	f = 10 / 3
	g = 10 / 3.0
	h float32 = 1e40
	i int = 1.0
	j int = 1.5
	k = "a" + "b"
	l = len(k)
	m = 'x' - 'a'
	n byte = 'é'
	o = 7 % 0
	p = 7.0 % 2
)

func main() {
	var x int
	_ = x / 0
	_ = 1.5 / 0
	var y float64
	_ = y / 0
	_ = x << -1
	_ = x << 1.5
	_ = 1 << 1.5
	_ = x >> y
}
