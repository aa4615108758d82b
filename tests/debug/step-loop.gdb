# `next` through a for loop visits the condition/post line and the body
# in turn; `step` enters a Go function at its first statement with its
# parameters in place; `finish` returns to the caller's line (gdb shows
# no "Value returned": subprogram types carry no result type yet).
# program: tests/debug/locals.go
# flags: -N
set pagination off
b main.loop
run
next
next
next
info locals
next
step
bt 2
finish
next
next
next
next
info locals
#> ^Breakpoint 1, main\.loop \(\) at .*locals\.go:41$
#> ^41\s+sum := 0$
#> ^42\s+for i := 0; i < 3; i\+\+ \{$
#> ^43\s+sum = add\(sum, i\)$
#> ^42\s+for i := 0; i < 3; i\+\+ \{$
#> ^i = 0$
#> ^sum = 0$
#> ^43\s+sum = add\(sum, i\)$
#> ^main\.add \(a=0, b=1\) at .*locals\.go:37$
#> ^37\s+return a \+ b$
#> ^#0  main\.add \(a=0, b=1\) at .*locals\.go:37$
#> ^#1  .* in main\.loop \(\) at .*locals\.go:43$
#> ^0x[0-9a-f]+ in main\.loop \(\) at .*locals\.go:43$
#> ^42\s+for i := 0; i < 3; i\+\+ \{$
#> ^43\s+sum = add\(sum, i\)$
#> ^42\s+for i := 0; i < 3; i\+\+ \{$
#> ^45\s+return sum$
#> ^sum = 3$
