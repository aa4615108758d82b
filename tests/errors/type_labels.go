// errorcheck

// Labels must be used, must exist, and break/continue may only name an
// enclosing statement of the right kind.

package main

func main() {
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 3; i++ {
		break missing // ERROR "break label not defined: missing"
	}

block:
	{
		for {
			break block // ERROR "invalid break label block"
		}
	}

sw:
	switch {
	case true:
		for {
			continue sw // ERROR "invalid continue label sw"
		}
	}

outer:
	for {
		continue undefined // ERROR "continue label not defined: undefined"
		break outer
	}
}
