// bool and float keys. Floats compare by value: +0 and -0 are one key,
// and NaN is never equal to itself, so every NaN insertion adds a new entry.
package main

import "fmt"

func main() {
	parity := map[bool][]int{}
	for i := 1; i <= 7; i++ {
		parity[i%2 == 0] = append(parity[i%2 == 0], i)
	}
	fmt.Println(parity[true], parity[false], len(parity))
	fmt.Println(parity)

	prices := map[float64]string{0.5: "half", 1.25: "more", 1e9: "a lot"}
	prices[0.25+0.25] = "still half"
	fmt.Println(len(prices), prices[0.5], prices)

	zero := 0.0
	negZero := -zero
	m := map[float64]int{}
	m[zero] = 1
	m[negZero]++
	fmt.Println(len(m), m[0])

	nan := zero / zero
	m[nan] = 1
	m[nan] = 2
	_, found := m[nan]
	count := 0
	for k, v := range m {
		if k != k {
			count += v
		}
	}
	fmt.Println(len(m), found, count)

	m32 := map[float32]bool{1.5: true}
	var f float32 = 1.5
	fmt.Println(m32[f], m32[2.5])
}
