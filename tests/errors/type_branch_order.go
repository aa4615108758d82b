// errorcheck

// gc checks labels and branches as it parses, at the end of each function
// body: a function literal's body before the function around it. With
// more than ten errors that decides which ten are shown.

package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	break // ERROR "break is not in a loop, switch, or select"
	break // ERROR "break is not in a loop, switch, or select"
	break // ERROR "break is not in a loop, switch, or select" "too many errors"
	break
	break
	f := func() {
		continue // ERROR "continue is not in a loop"
		continue // ERROR "continue is not in a loop"
		continue // ERROR "continue is not in a loop"
		continue // ERROR "continue is not in a loop"
		continue // ERROR "continue is not in a loop"
		continue // ERROR "continue is not in a loop"
	}
	_ = f
}
