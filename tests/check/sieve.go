// Sieve of Eratosthenes, prime factorisation and a Goldbach check: loops,
// []bool, and integer arithmetic at some scale.
package main

import "fmt"

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if composite[i] {
			continue
		}
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return composite
}

func factors(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	const limit = 100000
	comp := sieve(limit)
	count, last := 0, 0
	for i, c := range comp {
		if !c {
			count++
			last = i
		}
	}
	fmt.Println(count, last)
	fmt.Println(factors(360), factors(9973), factors(1<<20))
	for n := 4; n <= 40; n += 6 {
		for p := 2; p <= n/2; p++ {
			if !comp[p] && !comp[n-p] {
				fmt.Printf("%d=%d+%d ", n, p, n-p)
				break
			}
		}
	}
	fmt.Println()
}
