// errorcheck

// The opening brace of a function must be on the same line as its
// signature: the semicolon rule ends the line after the signature.

package main

func main()
{ // ERROR "syntax error: unexpected semicolon or newline before {"
}
