// map[int32]V and other 4-byte keys (uint32, rune): the fast32 path.
package main

import "fmt"

type Pixel uint32

func histogram(data []int32) map[int32]int {
	h := map[int32]int{}
	for _, d := range data {
		h[d/10*10]++
	}
	return h
}

func main() {
	h := histogram([]int32{1, 5, 12, 19, 25, -3, -15, 2147483647, -2147483648})
	fmt.Println(h)
	fmt.Println(h[0], h[10], h[-10], h[2147483640], len(h))

	runes := map[rune]int{}
	for _, r := range "hello, wörld" {
		runes[r]++
	}
	fmt.Println(runes['l'], runes['ö'], runes['z'], len(runes))

	palette := map[Pixel]string{0xff0000: "red", 0x00ff00: "green", 0x0000ff: "blue"}
	palette[0xffffff] = "white"
	delete(palette, 0x00ff00)
	fmt.Println(palette[0xff0000], palette[0x00ff00] == "", len(palette))
	fmt.Println(palette)

	squares := make(map[uint32]uint32, 100)
	for i := uint32(0); i < 200; i++ {
		squares[i] = i * i
	}
	var total uint32
	for k, v := range squares {
		if k%2 == 0 {
			total += v
		}
	}
	fmt.Println(len(squares), total, squares[199])
}
