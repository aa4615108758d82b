package main

import "fmt"

type T struct{ a int }

func (t T) m()  {}
func (t *T) m() {}
func (t T) a()  {}
func (int) z() {}
func (u U) q() {}
func (p *P) r() {}

type P *T

func main() {
	fmt.Println()
	var x int = "s"
	var t T
	t.b = 1
	_ = x
}
