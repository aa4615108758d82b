package main

func f()

func main(x int) {}

type A B
type B A

type C [2]C

var init = 3
