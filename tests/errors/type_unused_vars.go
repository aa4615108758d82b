// errorcheck

// Local variables must be used; assignment alone is not a use.

package main

func compute() int {
	result := 0 // ERROR "result declared but not used"
	result = 42
	return 7
}

func loop(xs []int) {
	for i, x := range xs { // ERROR "x declared but not used"
		_ = i
	}
}

func closure() func() {
	total := 0
	unused := "x" // ERROR "unused declared but not used"
	return func() { total++ }
}

func main() {
	var a, b int // ERROR "b declared but not used"
	a = 1
	_ = a
	switch v := interface{}(a).(type) { // ERROR "v declared but not used"
	case int:
	}
	compute()
	loop(nil)
	closure()
}
