./seed5013.go:17:47: new(int) escapes to heap:
./seed5013.go:17:47:   flow: ~r1 = &{storage for new(int)}:
./seed5013.go:17:47:     from new(int) (spill) at ./seed5013.go:17:47
./seed5013.go:17:47:     from return p, new(int) (return) at ./seed5013.go:17:34
./seed5013.go:17:11: parameter p leaks to ~r0 with derefs=0:
./seed5013.go:17:11:   flow: ~r0 = p:
./seed5013.go:17:11:     from return p, new(int) (return) at ./seed5013.go:17:34
./seed5013.go:17:11: leaking param: p to result ~r0 level=0
./seed5013.go:17:47: new(int) escapes to heap
./seed5013.go:19:15: parameter b leaks to ~r0 with derefs=0:
./seed5013.go:19:15:   flow: ~r0 = b:
./seed5013.go:19:15:     from return b (return) at ./seed5013.go:23:2
./seed5013.go:19:12: parameter a leaks to ~r0 with derefs=0:
./seed5013.go:19:12:   flow: ~r0 = a:
./seed5013.go:19:12:     from return a (return) at ./seed5013.go:21:3
./seed5013.go:19:12: leaking param: a to result ~r0 level=0
./seed5013.go:19:15: leaking param: b to result ~r0 level=0
./seed5013.go:26:11: parameter xs leaks to {heap} with derefs=1:
./seed5013.go:26:11:   flow: {heap} = *xs:
./seed5013.go:26:11:     from xs[0] (dot of pointer) at ./seed5013.go:28:12
./seed5013.go:26:11:     from sink = xs[0] (assign) at ./seed5013.go:28:8
./seed5013.go:26:11: leaking param content: xs
./seed5013.go:32:11: parameter xs leaks to ~r0 with derefs=1:
./seed5013.go:32:11:   flow: ~r0 = *xs:
./seed5013.go:32:11:     from xs[0] (dot of pointer) at ./seed5013.go:34:12
./seed5013.go:32:11:     from return xs[0] (return) at ./seed5013.go:34:3
./seed5013.go:32:11: leaking param: xs to result ~r0 level=1
./seed5013.go:48:2: fmt.Sprint(p1) escapes to heap:
./seed5013.go:48:2:   flow: {heap} = &{storage for fmt.Sprint(p1)}:
./seed5013.go:48:2:     from fmt.Sprint(p1) (spill) at ./seed5013.go:48:2
./seed5013.go:48:2:     from sink = fmt.Sprint(p1) (assign) at ./seed5013.go:48:7
./seed5013.go:51:2: string(v3[1:]) escapes to heap:
./seed5013.go:51:2:   flow: {heap} = &{storage for string(v3[1:])}:
./seed5013.go:51:2:     from string(v3[1:]) (spill) at ./seed5013.go:51:2
./seed5013.go:51:2:     from sink = string(v3[1:]) (assign) at ./seed5013.go:51:7
./seed5013.go:51:15: string(v3[1:]) escapes to heap:
./seed5013.go:51:15:   flow: {storage for string(v3[1:])} = &{storage for string(v3[1:])}:
./seed5013.go:51:15:     from string(v3[1:]) (spill) at ./seed5013.go:51:15
./seed5013.go:51:15:     from string(v3[1:]) (interface-converted) at ./seed5013.go:51:2
./seed5013.go:54:15: new(int) escapes to heap:
./seed5013.go:54:15:   flow: {heap} = &{storage for new(int)}:
./seed5013.go:54:15:     from new(int) (spill) at ./seed5013.go:54:15
./seed5013.go:54:15:     from p1["a"] = new(int) (assign) at ./seed5013.go:54:10
./seed5013.go:49:25: ([]*int)(nil) escapes to heap:
./seed5013.go:49:25:   flow: {storage for ... argument} = &{storage for ([]*int)(nil)}:
./seed5013.go:49:25:     from ([]*int)(nil) (spill) at ./seed5013.go:49:25
./seed5013.go:49:25:     from ... argument (slice-literal-element) at ./seed5013.go:49:18
./seed5013.go:49:25:   flow: {heap} = {storage for ... argument}:
./seed5013.go:49:25:     from ... argument (spill) at ./seed5013.go:49:18
./seed5013.go:49:25:     from fmt.Sprint(... argument...) (call parameter) at ./seed5013.go:49:18
./seed5013.go:39:17: parameter p1 leaks to {heap} with derefs=0:
./seed5013.go:39:17:   flow: {storage for ... argument} = p1:
./seed5013.go:39:17:     from p1 (interface-converted) at ./seed5013.go:48:19
./seed5013.go:39:17:     from ... argument (slice-literal-element) at ./seed5013.go:48:19
./seed5013.go:39:17:   flow: {heap} = {storage for ... argument}:
./seed5013.go:39:17:     from ... argument (spill) at ./seed5013.go:48:19
./seed5013.go:39:17:     from fmt.Sprint(... argument...) (call parameter) at ./seed5013.go:48:19
./seed5013.go:39:9: parameter p0 leaks to {heap} with derefs=0:
./seed5013.go:39:9:   flow: {temp} = p0:
./seed5013.go:39:9:   flow: x1 = {temp}:
./seed5013.go:39:9:     from case string, []int: sink = x1 (switch case) at ./seed5013.go:45:2
./seed5013.go:39:9:   flow: {heap} = x1:
./seed5013.go:39:9:     from sink = x1 (assign) at ./seed5013.go:46:8
./seed5013.go:55:14: []int{...} escapes to heap:
./seed5013.go:55:14:   flow: ~r0 = &{storage for []int{...}}:
./seed5013.go:55:14:     from []int{...} (spill) at ./seed5013.go:55:14
./seed5013.go:55:14:     from return []int{...}, T{...} (return) at ./seed5013.go:55:2
./seed5013.go:39:9: leaking param: p0
./seed5013.go:39:17: leaking param: p1
./seed5013.go:39:37: p2 does not escape
./seed5013.go:48:2: fmt.Sprint(... argument...) escapes to heap
./seed5013.go:48:19: ... argument does not escape
./seed5013.go:49:32: fmt.Sprint(... argument...) + string(([]byte)("s")) does not escape
./seed5013.go:49:18: ... argument does not escape
./seed5013.go:49:25: ([]*int)(nil) escapes to heap
./seed5013.go:49:40: string(([]byte)("s")) does not escape
./seed5013.go:49:47: ([]byte)("s") does not escape
./seed5013.go:50:14: ([]byte)(v2) does not escape
./seed5013.go:51:2: string(v3[1:]) escapes to heap
./seed5013.go:51:15: string(v3[1:]) escapes to heap
./seed5013.go:54:15: new(int) escapes to heap
./seed5013.go:55:14: []int{...} escapes to heap
./seed5013.go:58:16: parameter p1 leaks to {heap} with derefs=0:
./seed5013.go:58:16:   flow: {heap} = p1:
./seed5013.go:58:16:     from glob = p1 (assign) at ./seed5013.go:60:7
./seed5013.go:58:9: parameter p0 leaks to ~r0 with derefs=2:
./seed5013.go:58:9:   flow: ~r0 = **p0:
./seed5013.go:58:9:     from *p0 (indirection) at ./seed5013.go:65:11
./seed5013.go:58:9:     from (*p0).q (dot) at ./seed5013.go:65:15
./seed5013.go:58:9:     from (*p0).q.m (dot of pointer) at ./seed5013.go:65:18
./seed5013.go:58:9:     from return (*p0).q.m, ([]*int)(nil) (return) at ./seed5013.go:65:2
./seed5013.go:58:9: leaking param: p0 to result ~r0 level=2
./seed5013.go:58:16: leaking param: p1
./seed5013.go:58:25: p2 does not escape
./seed5013.go:69:2: T{...} escapes to heap:
./seed5013.go:69:2:   flow: {heap} = &{storage for T{...}}:
./seed5013.go:69:2:     from T{...} (spill) at ./seed5013.go:69:2
./seed5013.go:69:2:     from sink = T{...} (assign) at ./seed5013.go:69:7
./seed5013.go:69:18: make(map[string]int) escapes to heap:
./seed5013.go:69:18:   flow: {storage for T{...}} = &{storage for make(map[string]int)}:
./seed5013.go:69:18:     from make(map[string]int) (spill) at ./seed5013.go:69:18
./seed5013.go:69:18:     from T{...} (struct literal element) at ./seed5013.go:69:10
./seed5013.go:69:18:     from T{...} (interface-converted) at ./seed5013.go:69:2
./seed5013.go:83:31: new(int) escapes to heap:
./seed5013.go:83:31:   flow: {heap} = &{storage for new(int)}:
./seed5013.go:83:31:     from new(int) (spill) at ./seed5013.go:83:31
./seed5013.go:83:31:     from append(([]*int)(nil), new(int)) (call parameter) at ./seed5013.go:83:14
./seed5013.go:71:23: new(int) escapes to heap:
./seed5013.go:71:23:   flow: .autotmp_1 = &{storage for new(int)}:
./seed5013.go:71:23:     from new(int) (spill) at ./seed5013.go:71:23
./seed5013.go:71:23:     from pair(new(int)) (call parameter) at ./seed5013.go:71:19
./seed5013.go:71:23:   flow: v6 = .autotmp_1:
./seed5013.go:71:23:     from take2(pair(new(int))) (call parameter) at ./seed5013.go:71:14
./seed5013.go:71:23:     from v6 := take2(pair(new(int))) (assign) at ./seed5013.go:71:6
./seed5013.go:71:23:   flow: {storage for &T{...}} = v6:
./seed5013.go:71:23:     from T{...} (struct literal element) at ./seed5013.go:73:12
./seed5013.go:71:23:   flow: v7 = {storage for &T{...}}:
./seed5013.go:71:23:     from &T{...} (spill) at ./seed5013.go:73:10
./seed5013.go:71:23:     from (&T{...}).m (dot of pointer) at ./seed5013.go:73:20
./seed5013.go:71:23:     from v7 := (&T{...}).m (assign) at ./seed5013.go:73:6
./seed5013.go:71:23:   flow: {storage for ... argument} = v7:
./seed5013.go:71:23:     from v7 (interface-converted) at ./seed5013.go:75:38
./seed5013.go:71:23:     from ... argument (slice-literal-element) at ./seed5013.go:75:38
./seed5013.go:71:23:   flow: {heap} = {storage for ... argument}:
./seed5013.go:71:23:     from ... argument (spill) at ./seed5013.go:75:38
./seed5013.go:71:23:     from fmt.Sprint(... argument...) (call parameter) at ./seed5013.go:75:38
./seed5013.go:69:2: T{...} escapes to heap
./seed5013.go:69:18: make(map[string]int) escapes to heap
./seed5013.go:71:23: new(int) escapes to heap
./seed5013.go:73:10: &T{...} does not escape
./seed5013.go:75:16: ... argument does not escape
./seed5013.go:75:38: ... argument does not escape
./seed5013.go:77:9: &map[string]int{} does not escape
./seed5013.go:77:24: map[string]int{} does not escape
./seed5013.go:83:31: new(int) escapes to heap
./seed5013.go:99:13: new(int) escapes to heap:
./seed5013.go:99:13:   flow: {heap} = &{storage for new(int)}:
./seed5013.go:99:13:     from new(int) (spill) at ./seed5013.go:99:13
./seed5013.go:99:13:     from new(int) (interface-converted) at ./seed5013.go:99:3
./seed5013.go:99:13:     from sink = new(int) (assign) at ./seed5013.go:99:8
./seed5013.go:88:17: f3 capturing by value: p1 (addr=false assign=false width=8)
./seed5013.go:111:20: any(p0 + p0) escapes to heap:
./seed5013.go:111:20:   flow: {temp} = &{storage for any(p0 + p0)}:
./seed5013.go:111:20:     from any(p0 + p0) (spill) at ./seed5013.go:111:20
./seed5013.go:111:20:   flow: x16 = {temp}:
./seed5013.go:111:20:     from case string, []int: sink = x16 (switch case) at ./seed5013.go:116:3
./seed5013.go:111:20:   flow: {heap} = x16:
./seed5013.go:111:20:     from sink = x16 (assign) at ./seed5013.go:117:9
./seed5013.go:88:17: parameter p1 leaks to {heap} with derefs=1:
./seed5013.go:88:17:   flow: v11 = *p1:
./seed5013.go:88:17:     from *p1 (indirection) at ./seed5013.go:93:11
./seed5013.go:88:17:     from v11 := *p1 (assign) at ./seed5013.go:93:8
./seed5013.go:88:17:   flow: {heap} = v11:
./seed5013.go:88:17:     from v11.p (dot) at ./seed5013.go:94:14
./seed5013.go:88:17:     from glob = v11.p (assign) at ./seed5013.go:94:9
./seed5013.go:88:17: leaking param content: p1
./seed5013.go:92:10: func literal does not escape
./seed5013.go:99:13: new(int) escapes to heap
./seed5013.go:101:24: new(int) does not escape
./seed5013.go:103:14: ... argument does not escape
./seed5013.go:111:20: any(p0 + p0) escapes to heap
./seed5013.go:120:13: new(T) does not escape
