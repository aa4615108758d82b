package main

type MyInt int
type F func(int) int
type P *int

func (m MyInt) Double() MyInt { return m * 2 }

func main() {
	var i int = 1
	var m MyInt = i
	m = MyInt(i)
	var f F = func(x int) int { return x }
	var g func(int) int = f
	_ = g
	var p P = new(int)
	var q *int = p
	_ = q
	var u uint = 3
	_ = i + u
	_ = m.Double() + i
	_ = float64(i) + 1
	_ = string(rune(65))
	_ = []byte("x")
	_ = []rune("x")
	_ = string([]byte{65})
	_ = int("5")
	_ = bool(1)
}
