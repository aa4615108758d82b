# A variable moved to the heap (gc: "moved to heap: x") is described by
# the stack slot holding its heap address plus DW_OP_deref, so `p x`
# prints the value and `p &x` the heap address.
# program: tests/debug/locals.go
# flags: -N
set pagination off
b locals.go:32
b locals.go:33
run
p x
continue
info locals
p x
whatis x
p &x
p *&x
#> ^Breakpoint 1, main\.escapes \(v=1\) at .*locals\.go:32$
#> ^\$1 = 1$
#> ^Breakpoint 2, main\.escapes \(v=1\) at .*locals\.go:33$
#> ^x = 11$
#> ^\$2 = 11$
#> ^type = int$
#> ^\$3 = \(int \*\) 0x[0-9a-f]+$
#> ^\$4 = 11$
