// Variadic functions: zero, one or many arguments, spreading a slice with
// xs..., and the same for append and fmt.
package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func countArgs(xs ...any) int { return len(xs) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...), sum(nums[1:]...))

	fmt.Println(join("-"), join("-", "a"), join(", ", "x", "y", "z"))
	words := []string{"go", "is", "fun"}
	fmt.Println(join(" ", words...))

	logf("%d items, first %q", len(words), words[0])
	logf("no args")

	a := []int{1, 2}
	b := []int{3, 4, 5}
	a = append(a, b...)
	a = append(a, 6, 7)
	bytes := append([]byte("hello "), "world"...)
	fmt.Println(a, string(bytes))

	fmt.Println(countArgs(), countArgs(nil), countArgs(1, "two", 3.0), countArgs([]any{1, 2}...))
}
