// Composite literals: arrays, slices, maps and structs; nested, keyed,
// with elided element types and elided &T inside slices and maps of pointers.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
}

type Node struct {
	Name     string
	Children []*Node
}

func count(n *Node) int {
	total := 1
	for _, c := range n.Children {
		total += count(c)
	}
	return total
}

func main() {
	arr := [5]int{1, 2, 3}
	keyedArr := [...]string{2: "two", 4: "four", 0: "zero"}
	fmt.Println(arr, len(keyedArr), keyedArr)

	primes := []int{2, 3, 5, 7, 11}
	sparse := []int{5: 1, 2, 1: 9}
	fmt.Println(primes, sparse, len(sparse))

	points := []Point{{1, 2}, {X: 3}, {}}
	ptrs := []*Point{{5, 6}, &Point{7, 8}}
	fmt.Println(points, *ptrs[0], ptrs[1].Y)

	lines := []Line{
		{Point{0, 0}, Point{1, 1}},
		{From: Point{2, 2}, To: Point{X: 3, Y: 3}},
		{To: Point{9, 9}},
	}
	fmt.Printf("%+v\n", lines)

	grid := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	matrix := [][]float64{{1, 0}, {0, 1}}
	fmt.Println(grid, grid[1][2], matrix)

	ages := map[string]int{"ann": 31, "bob": 25}
	byPoint := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	nested := map[string][]Point{"diag": {{0, 0}, {1, 1}}, "empty": {}}
	ptrMap := map[string]*Point{"a": {1, 1}}
	keyArr := map[[2]int]bool{{1, 2}: true}
	fmt.Println(ages, byPoint, nested, ptrMap["a"].X, keyArr[[2]int{1, 2}])

	tree := &Node{"root", []*Node{
		{"a", nil},
		{"b", []*Node{{"b1", nil}, {Name: "b2"}}},
	}}
	fmt.Println(count(tree), tree.Children[1].Children[0].Name)

	anon := []struct {
		name string
		ok   bool
	}{{"x", true}, {"y", false}}
	fmt.Println(anon)

	p := &Point{Y: -1}
	p.X = 4
	fmt.Println(*p, &[]int{1}, len([]string{}))
}
