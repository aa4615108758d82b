// errorcheck

// Method declarations and calls: receivers must be local named types that
// are not pointers; pointer methods need an addressable receiver.

package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type CounterPtr *Counter

func (p CounterPtr) Get() int { return 0 } // ERROR "invalid receiver type CounterPtr \(pointer or interface type\)"

func (n int) Double() int { return n * 2 } // ERROR "cannot define new methods on non-local type int"

type Temp struct{ Value float64 }

func (t Temp) Value() float64 { return 0 } // ERROR "field and method with the same name Value"

func newCounter() Counter { return Counter{} }

func main() {
	newCounter().Inc() // ERROR "cannot call pointer method Inc on Counter"
	Counter{}.Inc() // ERROR "cannot call pointer method Inc on Counter"
	m := map[string]Counter{}
	m["a"].Inc() // ERROR "cannot call pointer method Inc on Counter"
	var c Counter
	c.Inc()
	f := Counter.Inc // ERROR "cannot call pointer method Inc on Counter"
	_ = f
}
