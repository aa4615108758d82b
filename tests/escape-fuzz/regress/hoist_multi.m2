./hoist_multi.go:11:7: parameter v leaks to ~r0 with derefs=0:
./hoist_multi.go:11:7:   flow: ~r0 = v:
./hoist_multi.go:11:7:     from return v (return) at ./hoist_multi.go:11:23
./hoist_multi.go:11:7: leaking param: v to result ~r0 level=0
./hoist_multi.go:13:7: parameter v leaks to ~r0 with derefs=1:
./hoist_multi.go:13:7:   flow: ~r0 = *v:
./hoist_multi.go:13:7:     from v.p (dot of pointer) at ./hoist_multi.go:13:32
./hoist_multi.go:13:7:     from return v.p (return) at ./hoist_multi.go:13:24
./hoist_multi.go:13:7: leaking param: v to result ~r0 level=1
./hoist_multi.go:15:14: parameter q leaks to ~r1 with derefs=0:
./hoist_multi.go:15:14:   flow: ~r1 = q:
./hoist_multi.go:15:14:     from return p, q (return) at ./hoist_multi.go:15:37
./hoist_multi.go:15:11: parameter p leaks to ~r0 with derefs=0:
./hoist_multi.go:15:11:   flow: ~r0 = p:
./hoist_multi.go:15:11:     from return p, q (return) at ./hoist_multi.go:15:37
./hoist_multi.go:15:11: leaking param: p to result ~r0 level=0
./hoist_multi.go:15:14: leaking param: q to result ~r1 level=0
./hoist_multi.go:17:42: parameter p leaks to ~r0 with derefs=0:
./hoist_multi.go:17:42:   flow: ~r0 = p:
./hoist_multi.go:17:42:     from return p (return) at ./hoist_multi.go:17:57
./hoist_multi.go:17:37: func literal escapes to heap:
./hoist_multi.go:17:37:   flow: ~r0 = &{storage for func literal}:
./hoist_multi.go:17:37:     from func literal (spill) at ./hoist_multi.go:17:37
./hoist_multi.go:17:37:     from return func literal (return) at ./hoist_multi.go:17:30
./hoist_multi.go:17:42: leaking param: p to result ~r0 level=0
./hoist_multi.go:17:37: func literal escapes to heap
./hoist_multi.go:24:2: k escapes to heap:
./hoist_multi.go:24:2:   flow: {heap} = &k:
./hoist_multi.go:24:2:     from &k (address-of) at ./hoist_multi.go:25:15
./hoist_multi.go:24:2:     from .autotmp_7(&k) (call parameter) at ./hoist_multi.go:25:14
./hoist_multi.go:29:2: len(r) escapes to heap:
./hoist_multi.go:29:2:   flow: {heap} = &{storage for len(r)}:
./hoist_multi.go:29:2:     from len(r) (spill) at ./hoist_multi.go:29:2
./hoist_multi.go:29:2:     from sink = len(r) (assign) at ./hoist_multi.go:29:7
./hoist_multi.go:32:3: 1 escapes to heap:
./hoist_multi.go:32:3:   flow: {heap} = &{storage for 1}:
./hoist_multi.go:32:3:     from 1 (spill) at ./hoist_multi.go:32:3
./hoist_multi.go:32:3:     from sink = 1 (assign) at ./hoist_multi.go:32:8
./hoist_multi.go:22:7: &V{} escapes to heap:
./hoist_multi.go:22:7:   flow: v = &{storage for &V{}}:
./hoist_multi.go:22:7:     from &V{} (spill) at ./hoist_multi.go:22:7
./hoist_multi.go:22:7:     from v := &V{} (assign) at ./hoist_multi.go:22:4
./hoist_multi.go:22:7:   flow: a = v:
./hoist_multi.go:22:7:     from v (interface-converted) at ./hoist_multi.go:26:14
./hoist_multi.go:22:7:     from a = v (assign) at ./hoist_multi.go:26:6
./hoist_multi.go:22:7:   flow: {heap} = a:
./hoist_multi.go:22:7:     from sink = any(a) (assign) at ./hoist_multi.go:27:7
./hoist_multi.go:20:2: i escapes to heap:
./hoist_multi.go:20:2:   flow: .autotmp_2 = &i:
./hoist_multi.go:20:2:     from &i (address-of) at ./hoist_multi.go:21:17
./hoist_multi.go:20:2:     from pair(&i, &j) (call parameter) at ./hoist_multi.go:21:16
./hoist_multi.go:20:2:   flow: {heap} = .autotmp_2:
./hoist_multi.go:20:2:     from .autotmp_2 (interface-converted) at ./hoist_multi.go:21:2
./hoist_multi.go:20:2:     from sink, _ = .autotmp_2, .autotmp_3 (assign-pair) at ./hoist_multi.go:21:10
./hoist_multi.go:20:2: moved to heap: i
./hoist_multi.go:24:2: moved to heap: k
./hoist_multi.go:22:7: &V{} escapes to heap
./hoist_multi.go:28:13: []rune{...} does not escape
./hoist_multi.go:29:2: len(r) escapes to heap
./hoist_multi.go:32:3: 1 escapes to heap
