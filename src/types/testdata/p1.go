package main

type T struct{}

func (T) Error(x int) string { return "" }

type U struct{}

func (*U) Error() string { return "" }

type V struct{}

func (V) error() string { return "" }

func main() {
	var e error = T{}
	e = U{}
	e = V{}
	e = 1
	var i any = e
	var t T = i
	var t2 T = e
	_, _ = t, t2
	_ = e.(T)
	_ = e.(U)
	switch e.(type) {
	case T, U:
	}
}
