// A heterogeneous []any of shapes handled with a type switch; areas and
// perimeters printed with fixed precision.
package main

import "fmt"

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

const pi = 3.141592653589793

func sqrt(x float64) float64 {
	if x == 0 {
		return 0
	}
	z := x
	for i := 0; i < 50; i++ {
		z = (z + x/z) / 2
	}
	return z
}

func (c Circle) Area() float64 { return pi * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }
func (t Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func area(shape any) (float64, bool) {
	switch s := shape.(type) {
	case Circle:
		return s.Area(), true
	case Rect:
		return s.Area(), true
	case *Rect:
		return s.Area(), true
	case Triangle:
		return s.Area(), true
	}
	return 0, false
}

func perimeter(shape any) float64 {
	if c, ok := shape.(Circle); ok {
		return 2 * pi * c.R
	}
	if r, ok := shape.(Rect); ok {
		return 2 * (r.W + r.H)
	}
	if t, ok := shape.(Triangle); ok {
		return t.A + t.B + t.C
	}
	return -1
}

func main() {
	shapes := []any{Circle{1}, Rect{3, 4}, &Rect{1, 1}, Triangle{3, 4, 5}, "not a shape", nil}
	total := 0.0
	for i, s := range shapes {
		a, ok := area(s)
		if !ok {
			fmt.Printf("%d: %v is not a shape\n", i, s)
			continue
		}
		total += a
		fmt.Printf("%d: %T area=%.3f perimeter=%.3f\n", i, s, a, perimeter(s))
	}
	fmt.Printf("total %.4f\n", total)
}
