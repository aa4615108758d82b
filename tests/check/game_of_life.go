// Conway's Game of Life on a small torus: 2D slices, modular arithmetic,
// double buffering by swapping slice headers.
package main

import "fmt"

type Field struct {
	s    [][]bool
	w, h int
}

func NewField(w, h int) *Field {
	s := make([][]bool, h)
	for i := range s {
		s[i] = make([]bool, w)
	}
	return &Field{s: s, w: w, h: h}
}

func (f *Field) Set(x, y int, b bool) { f.s[y][x] = b }

func (f *Field) Alive(x, y int) bool {
	x += f.w
	x %= f.w
	y += f.h
	y %= f.h
	return f.s[y][x]
}

func (f *Field) Next(x, y int) bool {
	alive := 0
	for i := -1; i <= 1; i++ {
		for j := -1; j <= 1; j++ {
			if (j != 0 || i != 0) && f.Alive(x+i, y+j) {
				alive++
			}
		}
	}
	return alive == 3 || alive == 2 && f.Alive(x, y)
}

type Life struct {
	a, b *Field
	w, h int
}

func (l *Life) Step() {
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			l.b.Set(x, y, l.a.Next(x, y))
		}
	}
	l.a, l.b = l.b, l.a
}

func (l *Life) String() string {
	var buf []byte
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			b := byte('.')
			if l.a.Alive(x, y) {
				b = '#'
			}
			buf = append(buf, b)
		}
		buf = append(buf, '\n')
	}
	return string(buf)
}

func main() {
	l := &Life{a: NewField(8, 6), b: NewField(8, 6), w: 8, h: 6}
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} { // a glider
		l.a.Set(p[0], p[1], true)
	}
	for gen := 0; gen < 4; gen++ {
		l.Step()
	}
	fmt.Print(l)
}
