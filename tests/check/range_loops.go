// for range over slices, arrays, pointers to arrays, strings (by rune, with
// byte offsets), maps (order made deterministic) and integers counted by hand.
package main

import "fmt"

func main() {
	fruits := []string{"apple", "banana", "cherry"}
	for i, f := range fruits {
		fmt.Println(i, f)
	}
	for i := range fruits {
		fruits[i] = fruits[i] + "!"
	}
	fmt.Println(fruits)

	arr := [4]int{10, 20, 30, 40}
	for _, v := range arr {
		arr[3] = 0 // the range works on a copy of the array
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	for i, v := range &arr { // a pointer to an array ranges over the array itself
		if i == 0 {
			arr[1] = 99
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	for off, r := range "aé世!" {
		fmt.Printf("%d:%c(%d) ", off, r, r)
	}
	fmt.Println()
	n := 0
	for range "four" {
		n++
	}
	fmt.Println(n)

	stock := map[string]int{"pens": 3, "cups": 0, "mugs": 12}
	total := 0
	for _, qty := range stock {
		total += qty
	}
	var names []string
	for name := range stock {
		names = append(names, name)
	}
	// insertion sort: map order is random on purpose
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	fmt.Println(total, names)

	for k := range stock {
		if stock[k] == 0 {
			delete(stock, k) // deleting during range is allowed
		}
	}
	fmt.Println(len(stock), stock)

	var nilSlice []int
	var nilMap map[int]int
	for range nilSlice {
		fmt.Println("never")
	}
	for range nilMap {
		fmt.Println("never")
	}
	xs := []int{1, 2, 3}
	for _, x := range xs {
		xs = append(xs, x*10) // the range length was fixed at the start
	}
	fmt.Println(xs)
}
