// recover_direct.go — recover() stops a panic only when the deferred function
// itself calls it: not from a helper or a literal it calls, and not as
// `defer recover()` (the last panic is not recovered: exit 2, as with gc).
package main

import "fmt"

func helper() {
	fmt.Println("helper:", recover())
}

func a() {
	defer func() {
		fmt.Println("after helper:", recover())
	}()
	defer func() {
		helper()
	}()
	defer func() {
		func() { fmt.Println("nested literal:", recover()) }()
	}()
	panic("one")
}

func main() {
	a()
	defer recover()
	panic("two")
}
