// shortcircuit.go — && and || are control flow: the right operand is only
// evaluated (and its nil check or bounds check only made) when needed.
package main

func inRange(x, lo, hi int) bool { return x >= lo && x < hi }

func either(a, b bool, p *int) bool {
	if a || (b && *p > 0) {
		return true
	}
	return false
}

func leadingZeros(xs []int) int {
	i := 0
	for i < len(xs) && xs[i] == 0 {
		i++
	}
	return i
}

func main() {}
