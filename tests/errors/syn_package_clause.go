// errorcheck

// Every Go file starts with its package clause.

import "fmt" // ERROR "syntax error: package statement must be first"

func main() {
	fmt.Println("unreachable")
}
