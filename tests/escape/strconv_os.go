// errorcheck -0 -m -l

// strconv.Itoa and os: scalar parameters, results that are new strings.

package main

import (
	"os"
	"strconv"
)

var gs string

func label(n int) string {
	return "n=" + strconv.Itoa(n) // ERROR "^.n=. \+ strconv\.Itoa\(n\) escapes to heap$"
}

func main() {
	gs = label(3)
	if len(os.Args) > 10 {
		os.Exit(1)
	}
	args := os.Args[1:]
	println(len(args))
}
