package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

type W struct{ error }

func find(ok bool) error {
	if !ok {
		return &MyErr{"nope"}
	}
	return nil
}

func main() {
	err := find(false)
	if err != nil {
		fmt.Println(err.Error(), err)
	}
	if me, ok := err.(*MyErr); ok {
		fmt.Println(me.msg)
	}
	w := W{err}
	fmt.Println(w.Error())
	var e2 error = w
	_ = e2
	f := err.Error
	fmt.Println(f())
	_, err = fmt.Println("x")
}
