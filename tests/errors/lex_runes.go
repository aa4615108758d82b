// errorcheck

// Malformed rune literals.

package main

func main() {
	var runes = []rune{
		'', // ERROR "empty rune literal or unescaped '"
		'ab', // ERROR "more than one character in rune literal"
		'\k', // ERROR "unknown escape"
		'\U00110000', // ERROR "escape is invalid Unicode code point U\+110000"
		'\777', // ERROR "octal escape value 511 > 255"
		'\x4', // ERROR "invalid character .\\'. in hexadecimal escape"
	}
	_ = runes
}
