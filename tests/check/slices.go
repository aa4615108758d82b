// Slices share their backing array: slicing, three-index slicing that limits
// capacity, append aliasing, copy, and a filter that reuses its input.
package main

import "fmt"

func filterEven(xs []int) []int {
	out := xs[:0]
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}

func reverse(xs []string) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func insert(xs []int, i, v int) []int {
	xs = append(xs, 0)
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func main() {
	base := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := base[2:5]
	fmt.Println(s, len(s), cap(s))
	s[0] = 20
	fmt.Println(base)

	t := s[1:4] // reslicing past len, within cap
	fmt.Println(t, len(t), cap(t))

	limited := base[2:4:5]
	fmt.Println(limited, len(limited), cap(limited))
	limited = append(limited, 40) // fits: writes base[4]
	fmt.Println(base[4])
	limited = append(limited, 50) // exceeds cap: copies
	limited[0] = -1
	fmt.Println(base[2], limited)

	nums := []int{1, 2, 3, 4, 5, 6}
	evens := filterEven(nums)
	fmt.Println(evens, nums)

	words := []string{"one", "two", "three", "four"}
	reverse(words[1:])
	fmt.Println(words)

	xs := []int{1, 2, 4}
	xs = insert(xs, 2, 3)
	xs = insert(xs, 0, 0)
	fmt.Println(xs)

	var empty []int
	empty = append(empty, 1)
	fmt.Println(empty, len(empty[:0]), empty[1:], len(base[:]), base[len(base)-1:])

	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:8], len(str[7:]))
	bs := []byte(str)
	fmt.Println(string(bs[:5:5]))

	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix)
}
