// errorcheck -0 -m -l

// Self-assignments through a field are ignored by escape analysis (and reported).

package main

type Buf struct {
	data []byte
	alt  []byte
	n    int
}

func (b *Buf) Trim(i, j int) { // ERROR "^b does not escape$"
	b.data = b.data[i:j] // ERROR "^\(\*Buf\)\.Trim ignoring self-assignment in b\.data = b\.data\[i:j\]$"
}

func (b *Buf) Swap() { // ERROR "^b does not escape$"
	b.data = b.alt // ERROR "^\(\*Buf\)\.Swap ignoring self-assignment in b\.data = b\.alt$"
}

func main() {
	b := &Buf{} // ERROR "^&Buf\{\} does not escape$"
	b.Trim(0, 0)
	b.Swap()
}
