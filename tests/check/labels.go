// Labeled break and continue out of nested loops, switches inside loops,
// and a label on a switch statement itself.
package main

import "fmt"

func findPair(xs []int, target int) (int, int) {
	a, b := -1, -1
outer:
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				a, b = i, j
				break outer
			}
		}
	}
	return a, b
}

func primesBelow(n int) []int {
	var ps []int
next:
	for c := 2; c < n; c++ {
		for _, p := range ps {
			if c%p == 0 {
				continue next
			}
		}
		ps = append(ps, c)
	}
	return ps
}

func firstNegative(rows [][]int) string {
	result := "none"
rows:
	for r, row := range rows {
		for c, v := range row {
			switch {
			case v == 0:
				continue rows // skip the rest of this row
			case v < 0:
				result = fmt.Sprintf("row %d col %d", r, c)
				break rows
			}
		}
	}
	return result
}

func tokens(s string) int {
	n := 0
loop:
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			continue
		case '.':
			break loop
		default:
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(findPair([]int{3, 8, 1, 9, 4}, 13))
	fmt.Println(findPair([]int{1, 2}, 100))
	fmt.Println(primesBelow(40))
	fmt.Println(firstNegative([][]int{{1, 0, -5}, {2, 3, -1}, {-2}}))
	fmt.Println(firstNegative([][]int{{1}, {2}}))
	fmt.Println(tokens("a b c. d e"))

	count := 0
sw:
	switch {
	case count == 0:
		for i := 0; i < 10; i++ {
			if i == 3 {
				break sw
			}
			count++
		}
	}
	fmt.Println(count)
}
