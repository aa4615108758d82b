package main

import "fmt"

type Vec [3]float64

func scale(v Vec, k float64) Vec {
	for i := range v {
		v[i] *= k
	}
	return v
}

func main() {
	a := Vec{1, 2, 3}
	b := scale(a, 2)
	fmt.Println(a, b, a == b, a == Vec{1, 2, 3})
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	g2 := grid
	g2[2][2] = 100
	fmt.Println(grid, g2[2])
	p := &grid[1]
	p[1] = 55
	fmt.Println(grid[1], len(grid))
	type pair struct {
		k string
		v [2]int
	}
	ps := [2]pair{{"a", [2]int{1, 2}}, {"b", [2]int{3, 4}}}
	fmt.Println(ps, ps[0] == pair{"a", [2]int{1, 2}})
}
