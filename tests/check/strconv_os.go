// The strconv and os subset: strconv.Itoa, os.Args and os.Exit.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func label(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return strconv.Itoa(n)
}

func main() {
	out := ""
	for i := 1; i <= 15; i++ {
		out += label(i) + " "
	}
	fmt.Println(out)
	fmt.Println(strconv.Itoa(-9876543210), strconv.Itoa(0)+strconv.Itoa(7), len(strconv.Itoa(1<<62)))
	if len(os.Args) < 1 {
		fmt.Println("no program name")
		os.Exit(3)
	}
	fmt.Println("args after the program name:", len(os.Args[1:]))
	defer fmt.Println("deferred calls do not run after os.Exit")
	os.Exit(0)
}
