package main

import "strconv"

var gs string

func join(a, b string) string {
	return a + "/" + b
}

func bytes(s string) int {
	b := []byte(s)
	return len(b)
}

func label(n int) {
	gs = "n" + strconv.Itoa(n)
}

func runes(s string) string {
	return string([]rune(s))
}

func main() {
	label(1)
	println(join("a", "b"), bytes("xy"), runes("z"))
}
