// Constants: iota in its many shapes, typed and untyped constants, constant
// expressions evaluated at compile time with arbitrary precision.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }

type ByteSize float64

const (
	_           = iota // skip the zero value
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	FlagRead = 1 << iota
	FlagWrite
	FlagExec
	FlagAll = FlagRead | FlagWrite | FlagExec
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	big   = 1 << 100
	small = big >> 98
	pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	twoPi = 2 * pi
	greet = "hello" + ", " + "const"
	isBig = big > 1000
	ch    = 'a' + 1
)

const typed int64 = 1<<40 + 7

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Println(int(Friday), Monday+1)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagAll)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(small, isBig, greet)
	fmt.Printf("%.10f %.10f\n", pi, twoPi)
	fmt.Println(ch, string(rune(ch)))
	fmt.Println(typed, typed%1000)
	const local = iota // iota outside a block is 0
	fmt.Println(local)
	const (
		x = len("four")
		y = x * x
	)
	var arr [y]bool
	fmt.Println(x, y, len(arr))
}
