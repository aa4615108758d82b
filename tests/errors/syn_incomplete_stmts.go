// errorcheck

// Statements cut short by the closing brace of their block, which the
// error swallows: each next function is parsed inside the broken one.

package main

func a() {
	defer } // ERROR "syntax error: unexpected }, expecting expression" "expression in defer must be function call"

func b() {
	go } // ERROR "syntax error: unexpected }, expecting expression" "expression in go must be function call"

func c() {
	type } // ERROR "syntax error: unexpected }, expecting name"

func main() { // ERROR "syntax error: unexpected main, expecting \("
}
