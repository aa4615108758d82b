package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	seed := uint32(12345)
	var xs []int
	for i := 0; i < 50; i++ {
		seed = seed*1103515245 + 12345
		xs = append(xs, int(seed>>16)%100)
	}
	quicksort(xs)
	fmt.Println(xs)
	s := []string{"pear", "apple", "fig", "banana", "Apple"}
	sortStrings(s)
	fmt.Println(s)
}
