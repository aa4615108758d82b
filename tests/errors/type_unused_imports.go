// errorcheck

// Every import must be used.

package main

import (
	"fmt"     // ERROR "imported and not used: .fmt.$"
	"os"      // ERROR "imported and not used: .os.$"
	str "strconv" // ERROR "imported and not used: .strconv. as str"
)

func main() {
}
