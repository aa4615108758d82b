package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s), cap(s))
	t := s[2:5]
	t[0] = -1
	fmt.Println(s[2], len(t), cap(t))
	u := s[2:4:6]
	u = append(u, 100)
	fmt.Println(s[4], len(u), cap(u))
	u = append(u, 200, 300)
	u[0] = 7
	fmt.Println(s[2], u)
	d := make([]int, 3)
	n := copy(d, s)
	fmt.Println(n, d)
	copy(s[1:], s)
	fmt.Println(s)
	grid := make([][]string, 2)
	for i := range grid {
		grid[i] = make([]string, 2)
		for j := range grid[i] {
			grid[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(grid)
	arr := [5]int{1, 2, 3}
	sl := arr[1:]
	sl[0] = 20
	fmt.Println(arr, len(sl))
	var nilS []string
	fmt.Println(nilS == nil, len(nilS), append(nilS, "x"))
	all := append([]int{}, s[:3]...)
	fmt.Println(all)
}
