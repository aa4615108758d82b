package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for _, n := range []int{95, 85, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
			fallthrough
		case 1:
			fmt.Println("zero or one")
		case 2, 3:
			fmt.Println("two or three")
			if i == 3 {
				break
			}
			fmt.Println("only two")
		}
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	for {
		n--
		if n < 0 {
			break
		}
	}
	fmt.Println(n)
}
