// errorcheck

// Float constants far outside float64's range: gc (go/constant) keeps them
// as 512-bit floats with an int32 binary exponent, so 1e646456992 is a
// constant and 1e646456993 is malformed.

package main

const a = 1e646456992
const b = 1e646456993 // ERROR "malformed constant: 1e646456993"
const c = 1e-646456992
const d = 1e-646457100
const e = 0x1p2147483646
const f = 0x1p2147483647 // ERROR "malformed constant: 0x1p2147483647"
const g = a * a          // ERROR "constant result is not representable"
const h = a / 3
const i int = 1e5000 / 1e4999 // 10: within rounding of an integer
const k = 1e1300

var x = a        // ERROR "cannot use a \(untyped float constant 1e\+646456992\) as float64 value in variable declaration \(overflows\)"
var y float64 = c
var z = h        // ERROR "cannot use h \(untyped float constant 3.33333e\+646456991\) as float64 value in variable declaration \(overflows\)"
var w = -k       // ERROR "cannot use -k \(untyped float constant -1e\+1300\) as float64 value in variable declaration \(overflows\)"
var u int = a    // ERROR "cannot use a \(untyped float constant 1e\+646456992\) as int value in variable declaration \(truncated\)"
var t = a > 1e4999
var s float32 = 1e-779137

func main() {}
