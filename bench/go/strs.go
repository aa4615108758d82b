// strs.go — compiled-Go string and arithmetic benchmarks (see maps.go).
// concat: an n-operand concatenation is one allocation in both compilers;
// strings: building, comparing and scanning strings; arith: integer loops.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func concat(rounds int) int {
	total := 0
	a, b, c := "alpha", "beta", "gamma"
	for i := 0; i < rounds; i++ {
		s := a + "-" + b + "-" + c + "-" + strconv.Itoa(i) + "."
		total += len(s)
	}
	return total
}

func stringsWork(rounds int) int {
	words := []string{"lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit"}
	count := 0
	for r := 0; r < rounds; r++ {
		line := ""
		for i, w := range words {
			if (r+i)%3 == 0 {
				line += w
			} else {
				line += " "
			}
		}
		for i := 0; i < len(line); i++ {
			if line[i] == 'o' {
				count++
			}
		}
		if line < words[r%len(words)] {
			count++
		}
		for _, ch := range line {
			if ch == 'e' {
				count += 2
			}
		}
	}
	return count
}

func collatz(limit int) int {
	best, bestN := 0, 0
	for i := 1; i < limit; i++ {
		n, steps := i, 0
		for n != 1 {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
			steps++
		}
		if steps > best {
			best, bestN = steps, i
		}
	}
	return best*1000000 + bestN
}

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	sum := 0
	switch os.Args[1] {
	case "concat":
		sum = concat(3000000)
	case "strings":
		sum = stringsWork(1000000)
	case "arith":
		sum = collatz(1500000) + sieve(20000000)
	default:
		fmt.Println("unknown benchmark", os.Args[1])
		os.Exit(2)
	}
	fmt.Println(sum)
}
