// errorcheck -0 -m -l

// Maps held in struct fields and in structs reached through pointers.

package main

type Cache struct {
	data map[string]*int
	hits int
}

func newCache() *Cache {
	return &Cache{data: make(map[string]*int)} // ERROR "^&Cache\{\.\.\.\} escapes to heap$" "^make\(map\[string\]\*int\) escapes to heap$"
}

func (c *Cache) Put(k string, v *int) { // ERROR "^c does not escape$" "^leaking param: k$" "^leaking param: v$"
	c.data[k] = v
}

func (c *Cache) Get(k string) *int { // ERROR "^c does not escape$" "^k does not escape$"
	c.hits++
	return c.data[k]
}

func main() {
	c := newCache()
	x := 1 // ERROR "^moved to heap: x$"
	c.Put("a", &x)
	println(*c.Get("a"))
}
