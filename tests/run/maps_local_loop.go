package main

import "fmt"

func countDistinct(xs []int) int {
	seen := make(map[int]bool)
	for _, x := range xs {
		seen[x] = true
	}
	return len(seen)
}

func wordFreq(s []string) (string, int) {
	m := map[string]int{}
	best, n := "", 0
	for _, w := range s {
		m[w]++
		if m[w] > n || (m[w] == n && w < best) {
			best, n = w, m[w]
		}
	}
	return best, n
}

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		total += countDistinct([]int{i % 7, i % 5, i % 3, 1, 2})
	}
	fmt.Println(total)
	fmt.Println(wordFreq([]string{"a", "b", "a", "c", "b", "a"}))
	for i := 0; i < 3; i++ {
		m := make(map[int]int, 4)
		for j := 0; j <= i*20; j++ {
			m[j] = j
		}
		fmt.Println(len(m), m[i])
	}
}
