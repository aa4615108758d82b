package main

import "fmt"

func direct(m map[string]int, k string, v int) { m[k] = v }
func viaPtr(p *map[string]int, k string, v int) { (*p)[k] = v }
func reset(p *map[string]int)                    { *p = make(map[string]int) }
func replaceLocal(m map[string]int)              { m = map[string]int{"zz": 1}; _ = m }

func main() {
	m := map[string]int{"a": 1}
	direct(m, "b", 2)
	viaPtr(&m, "c", 3)
	replaceLocal(m)
	fmt.Println(m)
	alias := m
	reset(&m)
	m["fresh"] = 1
	fmt.Println(m, alias)
	var nilm map[string]int
	p := &nilm
	reset(p)
	(*p)["x"] = 9
	fmt.Println(nilm)
}
