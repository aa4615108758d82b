// errorcheck

// A raw string literal that never ends.

package main

var doc = `usage: tool [flags] // ERROR "string not terminated"
  -v  verbose
