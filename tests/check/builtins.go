// The builtins: len cap make new append copy delete panic recover print println.
package main

import "fmt"

type Grid struct {
	W, H  int
	Cells []byte
}

func newGrid(w, h int) *Grid {
	g := new(Grid)
	g.W, g.H = w, h
	g.Cells = make([]byte, w*h)
	for i := range g.Cells {
		g.Cells[i] = '.'
	}
	return g
}

func main() {
	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s), s)
	s = append(s, 4, 5)
	fmt.Println(len(s), cap(s), s, cap(s[2:]), cap(s[2:4:6]))

	var arr [7]string
	fmt.Println(len(arr), cap(arr), len("héllo"), len([]rune("héllo")))

	dst := make([]int, 2)
	n := copy(dst, []int{9, 8, 7})
	bs := make([]byte, 5)
	m := copy(bs, "hi")
	fmt.Println(n, dst, m, bs)

	overlap := []int{1, 2, 3, 4, 5}
	copy(overlap[1:], overlap)
	fmt.Println(overlap)

	counts := make(map[string]int, 8)
	counts["a"] = 1
	counts["b"] = 2
	delete(counts, "a")
	delete(counts, "missing")
	fmt.Println(len(counts), counts)

	p := new(int)
	*p = 42
	ps := new([]string)
	*ps = append(*ps, "x")
	fmt.Println(*p, *ps, len(*ps))

	g := newGrid(4, 2)
	g.Cells[5] = '#'
	fmt.Println(string(g.Cells[:4]), string(g.Cells[4:]))

	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		println("println goes to standard error", 7, true)
		print("print too", "\n")
	}()
	var empty []int
	if len(empty) == 0 {
		panic("empty input")
	}
}
