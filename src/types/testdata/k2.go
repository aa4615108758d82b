package main

func main() {
	x := 1
	f := func() {
		y := 2
		_ = x
	}
	f()
	var g func()
	g = func() {
		g()
		z := 3
	}
	for i := 0; i < 10; i++ {
		w := i
	}
	for _, v := range []int{1} {
	}
	if q := 1; true {
	}
	switch t := 5; t {
	}
	var unused int
}
