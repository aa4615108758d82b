// An inventory service written the way real code is: a struct holding maps,
// methods with pointer receivers, maps replaced wholesale through pointers,
// errors as values with an Error method.
package main

import (
	"fmt"
	"strconv"
)

type SKU string

type Item struct {
	Name  string
	Price int // cents
	Qty   int
}

type StockError struct {
	SKU  SKU
	Want int
	Have int
}

func (e *StockError) Error() string {
	return "sku " + string(e.SKU) + ": want " + strconv.Itoa(e.Want) + ", have " + strconv.Itoa(e.Have)
}

type Inventory struct {
	items   map[SKU]*Item
	history map[SKU][]int
	byName  map[string]SKU
}

func NewInventory() *Inventory {
	return &Inventory{
		items:   make(map[SKU]*Item),
		history: map[SKU][]int{},
	}
}

func (inv *Inventory) Add(sku SKU, name string, price, qty int) {
	if it, ok := inv.items[sku]; ok {
		it.Qty += qty
	} else {
		inv.items[sku] = &Item{name, price, qty}
	}
	inv.history[sku] = append(inv.history[sku], qty)
	if inv.byName == nil {
		inv.byName = map[string]SKU{}
	}
	inv.byName[name] = sku
}

func (inv *Inventory) Take(sku SKU, n int) *StockError {
	it := inv.items[sku]
	if it == nil || it.Qty < n {
		have := 0
		if it != nil {
			have = it.Qty
		}
		return &StockError{sku, n, have}
	}
	it.Qty -= n
	inv.history[sku] = append(inv.history[sku], -n)
	return nil
}

func (inv *Inventory) Value() (total int) {
	for _, it := range inv.items {
		total += it.Price * it.Qty
	}
	return
}

func (inv *Inventory) Clear() {
	inv.items = map[SKU]*Item{}
	clearIndex(&inv.byName)
}

func clearIndex(idx *map[string]SKU) {
	for k := range *idx {
		delete(*idx, k)
	}
	*idx = nil
}

func cents(c int) string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func main() {
	inv := NewInventory()
	inv.Add("A1", "widget", 250, 10)
	inv.Add("B2", "gadget", 1999, 3)
	inv.Add("A1", "widget", 250, 5)
	fmt.Println(inv.items["A1"].Qty, cents(inv.Value()))

	if err := inv.Take("B2", 5); err != nil {
		fmt.Println("error:", err)
	}
	if err := inv.Take("ZZ", 1); err != nil {
		fmt.Println("error:", err.Error())
	}
	if err := inv.Take("A1", 12); err == nil {
		fmt.Println("took 12 widgets")
	}
	fmt.Println(inv.history["A1"], inv.history["B2"], cents(inv.Value()))
	fmt.Println(inv.byName)

	inv.Clear()
	fmt.Println(len(inv.items), inv.byName == nil, len(inv.history))
}
