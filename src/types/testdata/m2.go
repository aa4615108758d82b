package main

type T struct{ a int }

func main() {
	var x int
	var p *T
	var m map[string]int
	var s []string
	var k float32 = 1 << 24 + 1
	var q uint8 = 255 + x
	x = p
	x = m
	x = s
	x = T{}
	x = &T{}
	x = 'a'
	x = "s"[0]
	_ = k
	_ = q
}
