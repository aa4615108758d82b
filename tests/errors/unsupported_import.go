// errorcheck
// minigo-only: gc accepts this program

// Only fmt, strconv and os may be imported.

package main

import (
	"fmt"
	"strings" // ERROR "minigo: .*strings.* not supported"
)

func main() {
	fmt.Println(strings.ToUpper("shout"))
}
