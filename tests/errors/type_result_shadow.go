// errorcheck

// A bare return is not allowed where a named result is shadowed.

package main

import "strconv"

func parse(s string) (n int, err string) {
	if s == "" {
		err := "empty input"
		_ = err
		return // ERROR "result parameter err not in scope at return\n\tLINE-2:3: inner declaration of var err string"
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, "bad digit " + strconv.Itoa(int(c))
		}
		n = n*10 + int(c-'0')
	}
	return
}

func main() {
	_, _ = parse("42")
}
