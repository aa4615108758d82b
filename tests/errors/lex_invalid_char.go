// errorcheck

// Characters that cannot start any token.

package main

func main() {
	x := 1 @ 2 // ERROR "invalid character U\+0040 .@." "unexpected literal 2 at end of statement"
	y := 3 # 4 // ERROR "invalid character U\+0023 .#." "unexpected literal 4"
	z := `a` $ // ERROR "invalid character U\+0024 .\$."
	_ = x
}
