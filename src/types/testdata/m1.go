package main

func f() []int { return nil }

func main() {
	var a int = 1 < 2
	var b string = 0.1
	var c int = "a\tb\"c"
	var d bool = f()[1:2]
	var e int = func() {}
	var g int = []int{1}
	var h int = -(-1.5)
	var i int = 1e100
	var j byte = -1
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, g, h, i, j
}
