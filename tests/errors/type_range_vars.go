// errorcheck

// A range clause has at most two iteration variables; the ones it does
// have are still declared, and still must be used.

package main

func main() {
	scores := map[string]int{"ann": 3}
	for name, score, rank := range scores { // ERROR "name declared but not used" "score declared but not used" "range clause permits at most two iteration variables"
	}
	for i := range "text" {
		_ = i
	}
}
