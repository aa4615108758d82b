// errorcheck

// Malformed string literals: unknown escapes, escapes out of range. The scanner reports each and keeps going.

package main

import "fmt"

func main() {
	s := "abc"
	t := "tab\q" // ERROR "unknown escape"
	u := "\xZZ" // ERROR "invalid character .Z. in hexadecimal escape"
	v := "\400" // ERROR "octal escape value 256 > 255"
	w := "\uD800" // ERROR "escape is invalid Unicode code point U\+D800"
	fmt.Println(s, t, u, v, w)
}
