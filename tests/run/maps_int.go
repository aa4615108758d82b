package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 1000; i++ {
		m[i] = i * i
	}
	for i := 0; i < 1000; i += 2 {
		delete(m, i)
	}
	sum := 0
	for k, v := range m {
		sum += k + v
	}
	fmt.Println(len(m), sum, m[999], m[1000])
	v, ok := m[3]
	w, ok2 := m[4]
	fmt.Println(v, ok, w, ok2)
	m32 := map[int32]string{1: "a", -1: "b"}
	m32[1] += "x"
	fmt.Println(m32)
	mu := map[uint64]bool{1 << 63: true}
	fmt.Println(mu[1<<63], mu[0])
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], len(counts))
}
