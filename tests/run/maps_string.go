package main

import (
	"fmt"
	"strconv"
)

func main() {
	m := map[string]int{}
	for i := 0; i < 500; i++ {
		m["key"+strconv.Itoa(i)] = i
	}
	total := 0
	for k, v := range m {
		if k == "key"+strconv.Itoa(v) {
			total += v
		}
	}
	fmt.Println(len(m), total, m["key42"], m["nope"])
	delete(m, "key42")
	_, ok := m["key42"]
	fmt.Println(ok, len(m))
	words := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		words[w[:1]] = append(words[w[:1]], w)
	}
	fmt.Println(words)
	pm := &m
	(*pm)["new"] = 1
	fmt.Println(m["new"])
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
}
