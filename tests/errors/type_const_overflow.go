// errorcheck

// Constants are exact, but must fit the type they are converted to;
// constant division by zero is a compile-time error.

package main

const huge = 1 << 100

var (
	b  byte  = 256             // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	i8 int8  = -129            // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	n  int   = huge            // ERROR "cannot use huge \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	u  uint  = -1              // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	f  float32 = 1e40          // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)"
	c  = int8(200)             // ERROR "cannot convert 200 \(untyped int constant\) to type int8"
	d  = 10 / 0                // ERROR "invalid operation: division by zero"
	s  = uint8(255) + 1        // ERROR "uint8\(255\) \+ 1 \(constant 256 of type uint8\) overflows uint8"
)

func main() {
	x := 5
	_ = x % 0 // ERROR "invalid operation: division by zero"
	_, _, _, _, _, _, _, _ = b, i8, n, u, f, c, d, s
}
