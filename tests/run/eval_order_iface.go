// eval_order_iface.go — operands converted to interfaces: gc reads an
// addressable one (a variable, arr[0]) when the call runs, but copies a
// value that is not addressable (!flag, P{n, n}, m[k], n > 2) before the
// calls of the statement run (order.go's addrTemp).
package main

import "fmt"

type P struct{ x, y int }

var flag bool
var n = 1
var mb = map[string]bool{"k": false}
var arr = [2]bool{false, false}

func set() int { flag = true; n = 5; mb["k"] = true; arr[0] = true; return 0 }

func main() {
	fmt.Println(!flag, P{n, n}, mb["k"], arr[0], byte(n), n > 2, set())
	flag = false
	n = 1
	fmt.Println(flag, n, mb["k"], set())
	var e error
	fmt.Println(e == nil, set())
	s := fmt.Sprint(n, set(), n)
	fmt.Println(s)
	x := 1
	arr2 := [2]int{1, 2}
	q := func() int { arr2[0] = 7; x = 9; return 0 }
	fmt.Println(arr2[0], x, q(), []any{x, arr2, q()})
}
