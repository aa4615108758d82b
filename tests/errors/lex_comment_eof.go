// errorcheck

// A block comment that never ends swallows the rest of the file.

package main

func main() {
}

/* the end is missing // ERROR "comment not terminated"
func more() {
}
