// errorcheck

// Malformed number literals: prefixes without digits, digits outside the
// base, misplaced underscores, incomplete exponents.

package main

var (
	a = 0x   // ERROR "hexadecimal literal has no digits"
	b = 0b102 // ERROR "invalid digit .2. in binary literal"
	c = 08   // ERROR "invalid digit .8. in octal literal"
	d = 0o9  // ERROR "invalid digit .9. in octal literal"
	e = 1__0 // ERROR "'_' must separate successive digits"
	f = 100_ // ERROR "'_' must separate successive digits"
	g = 1e   // ERROR "exponent has no digits"
	h = 0x1.5 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	i = 0b   // ERROR "binary literal has no digits"
)

func main() {}
