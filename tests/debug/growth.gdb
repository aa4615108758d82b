# Growth: break once oldbuckets is non-nil, the map printer shows every
# entry (old buckets included, len matches), and a watchpoint sees
# nevacuate advance. Conditions use C syntax (the runtime frame's language).
# program: tests/debug/grow.go
# flags: -N
set pagination off
source runtime/minigo-gdb.py
set language c
b runtime.mapassign_faststr if h->oldbuckets != 0
set language auto
run
bt
p h->B
p h->oldbuckets != 0
up
python m = gdb.parse_and_eval('m'); pp = gdb.default_visualizer(m); n = len(list(pp.children())) // 2; print('entries %d len %d %s' % (n, int(m.dereference()['count']), 'same' if n == int(m.dereference()['count']) else 'DIFFERENT'))
p m
down
delete
watch -l h->nevacuate
continue
#> ^minigo: Go string, slice and map printers loaded$
#> ^Breakpoint 1, runtime\.mapassign_faststr
#> ^#1 .* in main\.fill \(m=map\[string\]int <len \d+, B 3> = \{\.\.\.\}, n=100\) at .*grow\.go:12$
#> ^#2 .* in main\.main \(\) at .*grow\.go:18$
#> ^\$1 = 3 '\\003'$
#> ^\$2 = 1$
#> ^entries \d+ len \d+ same$
#> ^\$3 = map\[string\]int <len \d+, B 3> = \{\["k\d+"\] = \d+, 
#> ^Hardware watchpoint 2: -location h->nevacuate$
#> ^Old value = \d$
#> ^New value = \d$
