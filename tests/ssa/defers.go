// defers.go — defer queues a call; with defer, results live in slots and
// runtime.deferreturn runs the deferred calls before they are read.
package main

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "division by zero"
		}
	}()
	q = a / b
	return
}

func unlock(m map[string]int) int {
	defer delete(m, "lock")
	m["lock"] = 1
	return len(m)
}

func main() {}
