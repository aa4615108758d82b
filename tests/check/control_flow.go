// if/else chains with init statements, the three for forms, and switch
// statements with and without tags, init statements and fallthrough.
package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	}
	return "F"
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func season(month int) string {
	switch month {
	case 12, 1, 2:
		return "winter"
	case 3, 4, 5:
		return "spring"
	case 6, 7, 8:
		return "summer"
	default:
		return "autumn"
	}
}

func sign(x int) string {
	switch {
	case x < 0:
		return "negative"
	case x == 0:
		return "zero"
	}
	return "positive"
}

func levels(n int) []string {
	var out []string
	switch {
	case n > 2:
		out = append(out, "high")
		fallthrough
	case n > 1:
		out = append(out, "medium")
		fallthrough
	case n > 0:
		out = append(out, "low")
	default:
		out = append(out, "none")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()

	if n := collatz(27); n > 100 {
		fmt.Println("long chain", n)
	} else {
		fmt.Println("short chain", n)
	}

	sum := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	k := 1
	for k < 1000 {
		k *= 3
	}
	loops := 0
	for {
		loops++
		if loops == 5 {
			break
		}
	}
	fmt.Println(sum, k, loops)

	fmt.Println(season(1), season(4), season(7), season(10))
	fmt.Println(sign(-3), sign(0), sign(8))
	fmt.Println(levels(3), levels(2), levels(1), levels(0))

	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	case 20:
		fmt.Println("twenty")
	}
	switch s := "go"; {
	case len(s) == 2:
		fmt.Println("two letters")
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
}
