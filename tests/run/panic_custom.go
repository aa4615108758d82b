package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	defer fmt.Println("deferred runs before the crash")
	panic(E{7})
}
