package main

type T struct{ x int }

func main() {
	var p *T
	var m map[int]int
	println("ints", 1, -2, int8(-3), uint(4), uint64(1<<63))
	println("bools", true, false)
	println("strings", "a", "")
	println("nil", p == nil, m == nil, len(m))
	print("no", "spaces", 1, 2, "\n")
	println(3.5, -0.25, 1e100)
}
