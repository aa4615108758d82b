// errorcheck

// Functions with results must end in a terminating statement.

package main

func sign(x int) int {
	if x < 0 {
		return -1
	} else if x > 0 {
		return 1
	}
} // ERROR "missing return"

func find(xs []int, v int) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
} // ERROR "missing return"

func loopForever() int {
	for {
	}
}

func breaksOut() int {
	for {
		break
	}
} // ERROR "missing return"

func classify(n int) string {
	switch {
	case n > 0:
		return "pos"
	case n < 0:
		return "neg"
	}
} // ERROR "missing return"

func always(n int) string {
	switch {
	case n > 0:
		return "pos"
	default:
		panic("not positive")
	}
}

func main() {
	_, _, _, _ = sign, find, loopForever, breaksOut
	_, _ = classify, always
}
