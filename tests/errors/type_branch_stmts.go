// errorcheck

// break, continue and fallthrough outside the statements they belong to.

package main

func f(n int) {
	if n > 0 {
		break // ERROR "break is not in a loop, switch, or select"
	}
	continue // ERROR "continue is not in a loop"
}

func g(n int) {
	switch n {
	case 1:
		continue // ERROR "continue is not in a loop"
	case 2:
		fallthrough
	case 3:
		if n > 2 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 4:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}

func h(x any) {
	switch x.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch|fallthrough statement out of place"
	case string:
	}
}

func main() {
	f(1)
	g(2)
	h(3)
	for i := 0; i < 3; i++ {
		func() {
			break // ERROR "break is not in a loop, switch, or select"
		}()
	}
}
