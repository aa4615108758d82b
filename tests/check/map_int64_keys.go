// map[int64]V, map[int]V, map[uint64]V: the fast64 path, with memoisation.
package main

import "fmt"

type UserID int64

type User struct {
	Name  string
	Admin bool
}

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

func main() {
	fmt.Println(fib(90), len(memo))

	users := map[UserID]User{
		1001: {"ann", true},
		1002: {"bob", false},
	}
	users[1003] = User{Name: "cy"}
	u := users[1002]
	u.Admin = true // a copy: the map keeps the old value
	fmt.Println(users[1002].Admin, u.Admin)
	users[1002] = u
	fmt.Println(users)

	ids := map[int64]bool{-1: true, 1 << 62: true, -1 << 63: false}
	fmt.Println(ids[-1], ids[1<<62], ids[-1<<63], ids[0], len(ids))

	hashes := map[uint64]string{}
	var h uint64 = 14695981039346656037
	for _, c := range []byte("abc") {
		h ^= uint64(c)
		h *= 1099511628211
		hashes[h] = string(c)
	}
	fmt.Println(len(hashes), hashes[h])

	m := make(map[int]int)
	for i := 0; i < 5000; i++ {
		m[i*7919%10007] = i
	}
	for i := 0; i < 5000; i += 2 {
		delete(m, i*7919%10007)
	}
	fmt.Println(len(m), m[7919], m[2*7919%10007])
}
