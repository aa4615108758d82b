package main

func two() (int, int) { return 1, 2 }
func one(int) {}
func pair(int, int) {}

func main() {
	one(two())
	pair(two())
	pair(1, two())
	x, y, z := two()
	a, b := 1
	var c, d int = two(), 1
	_, _, _, _, _, _ = x, y, z, a, b, c
	_ = d
	var e, f = 1, 2, 3
	_, _ = e, f
	two() = 1
	return 1
}
