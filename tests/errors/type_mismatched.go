// errorcheck

// Binary operators need operands of identical types (after untyped
// constants are converted).

package main

type Meters float64

func main() {
	var i int = 1
	var i64 int64 = 2
	var s string = "x"
	var f float64 = 1.5
	var m Meters = 3
	_ = i + i64    // ERROR "invalid operation: i \+ i64 \(mismatched types int and int64\)"
	_ = s + i      // ERROR "invalid operation: s \+ i \(mismatched types string and int\)"
	_ = f * m      // ERROR "invalid operation: f \* m \(mismatched types float64 and Meters\)"
	_ = i == f     // ERROR "invalid operation: i == f \(mismatched types int and float64\)"
	_ = s + 1      // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
	_ = i + 1.5    // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = i < "a"    // ERROR "invalid operation: i < .a. \(mismatched types int and untyped string\)"
	_ = true && 1  // ERROR "invalid operation: true && 1 \(mismatched types untyped bool and untyped int\)"
}
