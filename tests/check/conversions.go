// Conversions between numeric types, strings, byte and rune slices, and
// named types sharing an underlying type.
package main

import "fmt"

type Meters float64
type Feet float64
type Name string
type Bytes []byte

func toFeet(m Meters) Feet { return Feet(m * 3.28084) }

func main() {
	i := 65
	f := float64(i) / 2
	u := uint8(i + 200)
	fmt.Println(f, u, int64(f), float32(f))

	s := "héllo, 世界"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(s), len(bs), len(rs))
	fmt.Println(string(bs[:3]), string(rs[7:]), string(rs[1]))
	fmt.Println(string(rune(i)), string(rune(0x4e16)), string([]rune{72, 105}))

	rs[0] = 'H'
	fmt.Println(string(rs), s)

	n := Name("gopher")
	plain := string(n)
	b := Bytes(plain)
	fmt.Println(n, plain, len(b), string(b[0:3]))

	fmt.Printf("%.2f\n", toFeet(Meters(100)))
	var m Meters = 2.5
	fmt.Println(float64(m)+1, Meters(Feet(1)))

	neg := -1
	two := uint8(200)
	fmt.Println(uint32(neg), uint64(uint32(neg)), int8(two))
	big := 1e9
	half := -2.5
	fmt.Println(int32(big), int(half))

	var r rune = 'λ'
	var by byte = 'z'
	fmt.Println(r, by, string(r)+string(rune(by)))
}
