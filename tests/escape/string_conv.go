// errorcheck -0 -m -l

// Conversions between strings and byte/rune slices allocate.

package main

var gb []byte

func bytes(s string) int { // ERROR "^s does not escape$"
	b := []byte(s) // ERROR "^\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func keep(s string) { // ERROR "^s does not escape$"
	gb = []byte(s) // ERROR "^\(\[\]byte\)\(s\) escapes to heap$"
}

func str(b []byte) string { // ERROR "^b does not escape$"
	return string(b) // ERROR "^string\(b\) escapes to heap$"
}

func runes(s string) int { // ERROR "^s does not escape$"
	r := []rune(s) // ERROR "^\(\[\]rune\)\(s\) does not escape$"
	return len(string(r)) + len(string(r[0])) // ERROR "^string\(r\) does not escape$" "^string\(r\[0\]\) does not escape$"
}

func main() {
	println(bytes("ab"), str([]byte("c")), runes("xy")) // ERROR "^\(\[\]byte\)\(.c.\) does not escape$"
	keep("z")
}
