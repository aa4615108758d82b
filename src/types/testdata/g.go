package main

func f(a int, b string) {}
func g() (int, string) { return 1, "" }
func v(a int, b ...string) {}

func main() {
	f(1)
	f(1, "a", 3)
	f()
	v()
	var _ = int8(300)
	var _ = string(1.5)
	var s []int
	f(s...)
	v(1, s...)
	f(g(), 1)
	_ = len(1)
	_ = make([]int)
	_ = make(int)
	_ = append(1, 2)
	copy(1, 2)
	new(int, 2)
	_ = s[1.5]
	_ = s[-1]
	_ = [3]int{}[5]
}
