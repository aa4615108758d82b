// errorcheck -0 -m -l

// A function literal called where it is written does not escape; what it returns may stay local.

package main

func direct() int {
	x := 1
	return func() int { return x }() // ERROR "^func literal does not escape$"
}

func addrOut() int {
	var u int
	*(func() *int { return &u }()) = 42 // ERROR "^func literal does not escape$"
	return u
}

func main() {
	println(direct(), addrOut())
}
