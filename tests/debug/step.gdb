# Stepping by line in a Go function follows the source lines; with -N
# `info locals` shows the map the optimiser would keep in a register.
# program: examples/maps.go
# flags: -N
set pagination off
b main.local
run
next
next
info locals
next
#> ^Breakpoint 1 at .*: file .*maps\.go, line 20\.
#> ^Breakpoint 1, main\.local \(\) at .*maps\.go:20$
#> ^20\s+m := make\(map\[string\]int\)$
#> ^21\s+m\["x"\] = 1$
#> ^22\s+return m\["x"\]$
#> ^m = 0x[0-9a-f]+$
#> ^main\.main \(\) at .*maps\.go:3[23]$
