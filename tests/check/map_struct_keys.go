// Struct keys: every field takes part in hashing and equality, including
// strings, floats and nested arrays.
package main

import "fmt"

type Point struct{ X, Y int }

type CacheKey struct {
	Host  string
	Port  int
	HTTPS bool
}

type Sample struct {
	Sensor string
	At     [2]int16
	Value  float64
}

func main() {
	board := map[Point]rune{}
	moves := []Point{{1, 1}, {0, 2}, {1, 1}, {2, 0}}
	for i, p := range moves {
		board[p] = rune('A' + i)
	}
	fmt.Println(len(board), string(board[Point{1, 1}]), board[Point{9, 9}])

	cache := map[CacheKey]int{}
	cache[CacheKey{"example.com", 443, true}] = 1
	cache[CacheKey{"example.com", 80, false}] = 2
	cache[CacheKey{Host: "example.com", Port: 443, HTTPS: true}] += 10
	fmt.Println(len(cache), cache[CacheKey{"example.com", 443, true}])
	fmt.Println(cache)

	readings := map[Sample]int{
		{"t1", [2]int16{10, 30}, 1.5}: 1,
		{"t1", [2]int16{10, 31}, 1.5}: 2,
	}
	readings[Sample{"t1", [2]int16{10, 30}, 1.5}]++
	fmt.Println(readings[Sample{"t1", [2]int16{10, 30}, 1.5}], len(readings))

	type local struct {
		a, b string
	}
	pairs := map[local]bool{{"x", "y"}: true}
	fmt.Println(pairs[local{"x", "y"}], pairs[local{"y", "x"}])

	empty := map[struct{}]int{}
	empty[struct{}{}] = 5
	empty[struct{}{}]++
	fmt.Println(empty, len(empty))
}
