// errorcheck

// A method with two receivers: gc keeps the first one only, so the
// checker sees one receiver of an undefined type.

package main

func (a, b T) f() {} // ERROR "undefined: T" "method has multiple receivers"

func main() {}
