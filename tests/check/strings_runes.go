// Strings are immutable byte sequences: indexing gives bytes, range gives
// runes, comparison is lexical, and + builds new strings.
package main

import "fmt"

func isPalindrome(s string) bool {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func toUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func count(s string, sub string) int {
	n := 0
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			n++
		}
	}
	return n
}

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), s[0], s[7], string(s[0]), s[len(s)-1])
	for i, r := range s {
		if r > 127 {
			fmt.Println("non-ASCII", string(r), "at byte", i)
		}
	}
	fmt.Println(isPalindrome("racecar"), isPalindrome("été"), isPalindrome("go"))
	fmt.Println(toUpper("mixed Case 123"))
	fmt.Println(count("banana", "an"), count("aaaa", "aa"))

	fmt.Println("apple" < "banana", "Zebra" < "apple", "abc" == "ab"+"c", "" < "a")
	greeting := "hi"
	greeting += ", there"
	fmt.Println(greeting, len(greeting))

	esc := "tab\tquote\" backslash\\ newline\\n \x41\101\u00e9\U0001F600"
	raw := `raw \n string
with a newline`
	fmt.Println(esc)
	fmt.Println(raw)
	fmt.Printf("%q\n", "\a\b\f\v\x00")

	runes := []rune{'\'', '\\', '\n', '\x7f', '\u2318', 'ä'}
	fmt.Println(runes, string(runes[4:]))

	invalid := string([]byte{0xff, 'a'})
	for i, r := range invalid {
		fmt.Println(i, r)
	}
}
