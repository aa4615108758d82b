// errorcheck

// Builtins called with arguments they do not accept.

package main

func main() {
	n := 5
	xs := []int{1, 2}
	m := map[string]int{}
	_ = len(n) // ERROR "invalid argument: n \(variable of type int\) for len"
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = append(n, 1) // ERROR "first argument to append must be a slice; have n \(variable of type int\)"
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(xs, 0) // ERROR "invalid argument: xs \(variable of type \[\]int\) is not a map"
	_ = copy(xs, "ab") // ERROR "invalid argument: arguments to copy xs \(variable of type \[\]int\) and .ab. \(untyped string constant\) have different element types int and byte"
	_ = new(5) // ERROR "5 is not a type"
}
