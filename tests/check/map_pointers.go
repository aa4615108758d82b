// Maps behind pointers: a map variable is one pointer to the runtime's
// hmap, so passing a map shares it, while *m = make(...) through a
// pointer replaces the caller's map and (*p)[k] = v writes through it.
package main

import "fmt"

type Config map[string]string

func setViaPtr(p *map[string]string, k, v string) {
	(*p)[k] = v
}

func setDirect(m map[string]string, k, v string) {
	m[k] = v
}

func reset(m *map[string]string) {
	*m = make(map[string]string)
}

func resetLocal(m map[string]string) {
	m = make(map[string]string) // only the local copy changes
	m["lost"] = "yes"
}

func ensure(p *map[string]int) {
	if *p == nil {
		*p = map[string]int{}
	}
	(*p)["ensured"]++
}

func (c *Config) Replace(other Config) { *c = other }
func (c Config) Set(k, v string)       { c[k] = v }

type Store struct {
	data  map[string]int
	index *map[int]string
}

func main() {
	m := map[string]string{"a": "1"}
	setViaPtr(&m, "b", "2")
	setDirect(m, "c", "3")
	fmt.Println(m, len(m))

	resetLocal(m)
	fmt.Println(m, len(m))
	alias := m
	reset(&m)
	fmt.Println(len(m), len(alias), alias["a"])

	var counts map[string]int
	ensure(&counts)
	ensure(&counts)
	fmt.Println(counts)

	p := &m
	(*p)["x"] = "y"
	*p = map[string]string{"fresh": "map"}
	fmt.Println(m, *p)

	pp := &p
	(**pp)["deep"] = "write"
	fmt.Println(len(m), m["deep"])

	cfg := Config{"mode": "fast"}
	cfg.Set("level", "3")
	old := cfg
	cfg.Replace(Config{"mode": "safe"})
	fmt.Println(cfg, old)

	idx := map[int]string{}
	s := Store{data: map[string]int{}, index: &idx}
	s.data["k"] = 1
	(*s.index)[1] = "k"
	*s.index = map[int]string{2: "replaced"}
	fmt.Println(s.data, idx, *s.index)

	maps := []map[string]int{{"a": 1}, nil}
	maps[1] = map[string]int{}
	maps[1]["b"] = 2
	mp := &maps[0]
	(*mp)["c"] = 3
	fmt.Println(maps)
}
