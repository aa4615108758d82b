// errorcheck -0 -m -l

// Named results are locations too; a bare return assigns nothing new.

package main

func find(xs []*int, want int) (found *int, idx int) { // ERROR "^leaking param: xs to result found level=1$"
	for i, x := range xs {
		if *x == want {
			found, idx = x, i
			return
		}
	}
	return nil, -1
}

func addrOfResult() (r int) {
	p := &r
	*p = 3
	return
}

func main() {
	x := 1
	f, i := find([]*int{&x}, 1) // ERROR "^\[\]\*int\{\.\.\.\} does not escape$"
	println(f != nil, i, addrOfResult())
}
