// errorcheck -0 -m -l

// fmt functions with gc's tags: arguments converted to interfaces escape (leaking param content).

package main

import "fmt"

func show(x int, s string, p *int) { // ERROR "^leaking param: s$" "^leaking param: p$"
	fmt.Println(x, s, p) // ERROR "^\.\.\. argument does not escape$" "^x escapes to heap$" "^s escapes to heap$"
	fmt.Printf("%d %s\n", x, s) // ERROR "^\.\.\. argument does not escape$" "^x escapes to heap$" "^s escapes to heap$"
	fmt.Print(x) // ERROR "^\.\.\. argument does not escape$" "^x escapes to heap$"
}

func format(x int) string {
	return fmt.Sprintf("<%d>", x) + fmt.Sprint(x) + fmt.Sprintln(x) // ERROR "^fmt\.Sprintf\(.<%d>., \.\.\. argument\.\.\.\) \+ fmt\.Sprint\(\.\.\. argument\.\.\.\) \+ fmt\.Sprintln\(\.\.\. argument\.\.\.\) escapes to heap$" "^\.\.\. argument does not escape$" "^x escapes to heap$"
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	show(1, "a", &x)
	println(format(2))
}
