package main

func f() int {
	for {
	}
}

func g(x any) int {
	switch y := x.(type) {
	case int, string:
		return 1
	}
	switch x {
	case 1, 1:
	}
	if x := 1; x > 0 {
		return 1
	} else {
		println(nil)
	}
	for i := range 10 {
	}
	var m map[string]int
	for k, v, z := range m {
	}
	switch x.(type) {
	case int, int:
	}
	go println
	defer int(1)
	return
}

func main() {
	x := 1
	x, y := 2, 3
	a, a := 1, 2
	x.y = 3
	1 = 2
	x++
	"s"++
	x += "a"
	var s string
	s -= "a"
	_ = y
}
