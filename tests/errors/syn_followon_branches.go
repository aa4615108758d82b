// errorcheck

// In a file with syntax errors gc still checks the labels and branches of
// every function body that parsed without errors.

package main

func ok() {
	break // ERROR "break is not in a loop, switch, or select"
L: // ERROR "label L defined and not used"
	for {
	}
}

func broken() {
	x := [3]int{1, 2 3} // ERROR "syntax error: unexpected literal 3 in composite literal; possibly missing comma or }"
	continue // not checked: this body has a syntax error
}

func main() {}
