// errorcheck -0 -m -l

// Allocations in loops that outlive an iteration escape; those that do not, do not.

package main

type N struct{ next *N }

func list(n int) *N {
	var head *N
	for i := 0; i < n; i++ {
		head = &N{next: head} // ERROR "^&N\{\.\.\.\} escapes to heap$"
	}
	return head
}

func chain(n int) int {
	var last *int
	for i := 0; i < n; i++ {
		v := i // ERROR "^moved to heap: v$"
		last = &v
	}
	return *last
}

func perIteration(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		p := new(int) // ERROR "^new\(int\) does not escape$"
		*p = i
		t += *p
	}
	return t
}

func main() {
	println(list(2) != nil, chain(3), perIteration(3))
}
