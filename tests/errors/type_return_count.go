// errorcheck

// return statements must supply exactly the declared results.

package main

func one() int {
	return 1, 2 // ERROR "too many return values\n\thave \(number, number\)\n\twant \(int\)"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func none() {
	return 5 // ERROR "too many return values"
}

func named() (n int, err string) {
	return // a bare return is fine with named results
}

func empty() int {
	return // ERROR "not enough return values\n\thave \(\)\n\twant \(int\)"
}

func wrongType() (int, bool) {
	return "x", true // ERROR "cannot use .x. \(untyped string constant\) as int value in return statement"
}

func main() {
	one()
	two()
	none()
	named()
	empty()
	wrongType()
}
