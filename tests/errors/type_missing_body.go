// errorcheck

// A function declared without a body must be implemented elsewhere (in
// assembly); in a plain Go program that is an error, reported only when
// the rest of the program type-checks.

package main

func checksum(data []byte) uint32 // ERROR "missing function body"

func main() {
	_ = checksum(nil)
}
