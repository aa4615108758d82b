// Types, constants and variables declared inside functions and blocks, and
// how inner scopes shadow outer names.
package main

import "fmt"

var level = "package"

func describe() string {
	type pair struct {
		key string
		val int
	}
	const limit = 3
	var items []pair
	for i := 0; i < limit; i++ {
		items = append(items, pair{fmt.Sprint("k", i), i * i})
	}
	return fmt.Sprint(items)
}

func shadow() {
	x := 1
	fmt.Println("outer", x, level)
	{
		x := "inner block"
		level := 2
		fmt.Println(x, level)
	}
	if x := x * 10; x > 5 {
		fmt.Println("if scope", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	switch level := len(level); {
	case level > 3:
		fmt.Println("switch scope", level)
	}
	fmt.Println("outer again", x, level)
}

func main() {
	fmt.Println(describe())
	shadow()
	type Celsius float64
	type Reading struct {
		Where string
		Temp  Celsius
	}
	r := Reading{"lab", 21.5}
	fmt.Printf("%+v %T\n", r, r.Temp)
	const greeting, answer = "hi", 42
	var (
		a     = answer / 2
		b, c  = a + 1, a + 2
		label = greeting + "!"
	)
	fmt.Println(a, b, c, label)
	true := false // predeclared names can be shadowed
	fmt.Println(true)
}
