// errorcheck

// Import declarations: one path per line in a group.

package main

import (
	"fmt" "os" // ERROR "syntax error: unexpected literal .os. in grouped declaration; possibly missing semicolon or newline or \)"
)

func main() {
	fmt.Println(os.Args)
}
