# `finish` out of a Go function prints the value it returns, as with gc
# binaries: an int, and a string through the auto-loaded printer. A
# function with two results prints none (LLVM returns aggregates in
# registers where gdb would look in memory; see di_result_type in
# src/codegen/debug.c).
# program: tests/debug/results.go
# flags: -N
# gdbflags: -iex "set auto-load safe-path /"
set pagination off
b main.add
b main.name
b main.pair
run
finish
continue
finish
continue
finish
p 1
#> ^Breakpoint 1, main\.add \(a=2, b=3\) at .*results\.go:7$
#> main\.main \(\) at .*results\.go:22$
#> ^Value returned is \$1 = 5$
#> ^Breakpoint 2, main\.name \(n=5\) at .*results\.go:11$
#> main\.main \(\) at .*results\.go:23$
#> ^Value returned is \$2 = "many"$
#> ^Breakpoint 3, main\.pair \(\) at .*results\.go:1[78]$
#> main\.main \(\) at .*results\.go:24$
#> ^\$3 = 1$
