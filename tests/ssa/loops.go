// loops.go — loop-carried values become phis in the loop header; labeled
// break and continue jump to the right blocks.
package main

// sum: s and i each get a phi in the header.
func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

// collatz: a phi for n and steps; n changes in both arms of the if.
func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

// find: continue and break with labels, out of nested range loops.
func find(grid [][]int, want int) (int, int) {
	fi, fj := -1, -1
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == want {
				fi, fj = i, j
				break outer
			}
		}
	}
	return fi, fj
}

func main() {}
