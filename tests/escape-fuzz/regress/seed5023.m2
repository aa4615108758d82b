./seed5023.go:17:47: new(int) escapes to heap:
./seed5023.go:17:47:   flow: ~r1 = &{storage for new(int)}:
./seed5023.go:17:47:     from new(int) (spill) at ./seed5023.go:17:47
./seed5023.go:17:47:     from return p, new(int) (return) at ./seed5023.go:17:34
./seed5023.go:17:11: parameter p leaks to ~r0 with derefs=0:
./seed5023.go:17:11:   flow: ~r0 = p:
./seed5023.go:17:11:     from return p, new(int) (return) at ./seed5023.go:17:34
./seed5023.go:17:11: leaking param: p to result ~r0 level=0
./seed5023.go:17:47: new(int) escapes to heap
./seed5023.go:19:15: parameter b leaks to ~r0 with derefs=0:
./seed5023.go:19:15:   flow: ~r0 = b:
./seed5023.go:19:15:     from return b (return) at ./seed5023.go:23:2
./seed5023.go:19:12: parameter a leaks to ~r0 with derefs=0:
./seed5023.go:19:12:   flow: ~r0 = a:
./seed5023.go:19:12:     from return a (return) at ./seed5023.go:21:3
./seed5023.go:19:12: leaking param: a to result ~r0 level=0
./seed5023.go:19:15: leaking param: b to result ~r0 level=0
./seed5023.go:26:11: parameter xs leaks to {heap} with derefs=1:
./seed5023.go:26:11:   flow: {heap} = *xs:
./seed5023.go:26:11:     from xs[0] (dot of pointer) at ./seed5023.go:28:12
./seed5023.go:26:11:     from sink = xs[0] (assign) at ./seed5023.go:28:8
./seed5023.go:26:11: leaking param content: xs
./seed5023.go:32:11: parameter xs leaks to ~r0 with derefs=1:
./seed5023.go:32:11:   flow: ~r0 = *xs:
./seed5023.go:32:11:     from xs[0] (dot of pointer) at ./seed5023.go:34:12
./seed5023.go:32:11:     from return xs[0] (return) at ./seed5023.go:34:3
./seed5023.go:32:11: leaking param: xs to result ~r0 level=1
./seed5023.go:125:9: p0 does not escape
./seed5023.go:39:7: parameter t leaks to {heap} with derefs=1:
./seed5023.go:39:7:   flow: v2 = *t:
./seed5023.go:39:7:     from *t (indirection) at ./seed5023.go:43:8
./seed5023.go:39:7:     from v2 := *t (assign) at ./seed5023.go:43:5
./seed5023.go:39:7:   flow: {heap} = v2:
./seed5023.go:39:7:     from v2.p (dot) at ./seed5023.go:44:11
./seed5023.go:39:7:     from glob = v2.p (assign) at ./seed5023.go:44:7
./seed5023.go:39:7: leaking param content: t
./seed5023.go:39:16: a0 does not escape
./seed5023.go:57:47: new(int) escapes to heap:
./seed5023.go:57:47:   flow: {heap} = &{storage for new(int)}:
./seed5023.go:57:47:     from new(int) (spill) at ./seed5023.go:57:47
./seed5023.go:57:47:     from map[string]*int{...} (map literal value) at ./seed5023.go:57:38
./seed5023.go:64:11: t.M1 escapes to heap:
./seed5023.go:64:11:   flow: {heap} = &{storage for t.M1}:
./seed5023.go:64:11:     from t.M1 (spill) at ./seed5023.go:64:11
./seed5023.go:64:11:     from t.M1 (interface-converted) at ./seed5023.go:64:3
./seed5023.go:64:11:     from sink = t.M1 (assign) at ./seed5023.go:64:8
./seed5023.go:47:7: parameter t leaks to {heap} with derefs=1:
./seed5023.go:47:7:   flow: {heap} = *t:
./seed5023.go:47:7:     from (*T).M0(t, T{...}.q) (call parameter) at ./seed5023.go:59:8
./seed5023.go:47:7: parameter t leaks to {storage for t.M1} with derefs=0:
./seed5023.go:47:7:   flow: {temp} = t:
./seed5023.go:47:7:   flow: {storage for t.M1} = {temp}:
./seed5023.go:47:7: leaking param: t
./seed5023.go:49:14: []int{} does not escape
./seed5023.go:57:38: map[string]*int{...} does not escape
./seed5023.go:57:47: new(int) escapes to heap
./seed5023.go:64:11: t.M1 escapes to heap
./seed5023.go:116:33: new(int) escapes to heap:
./seed5023.go:116:33:   flow: {heap} = &{storage for new(int)}:
./seed5023.go:116:33:     from new(int) (spill) at ./seed5023.go:116:33
./seed5023.go:116:33:     from map[string]*int{...} (map literal value) at ./seed5023.go:116:24
./seed5023.go:75:3: f0 capturing by value: v11 (addr=false assign=false width=16)
./seed5023.go:116:24: map[string]*int{...} escapes to heap:
./seed5023.go:116:24:   flow: v20 = &{storage for map[string]*int{...}}:
./seed5023.go:116:24:     from map[string]*int{...} (spill) at ./seed5023.go:116:24
./seed5023.go:116:24:     from v20 := map[string]*int{...} (assign) at ./seed5023.go:116:6
./seed5023.go:116:24:   flow: {storage for ... argument} = v20:
./seed5023.go:116:24:     from v20 (interface-converted) at ./seed5023.go:121:13
./seed5023.go:116:24:     from ... argument (slice-literal-element) at ./seed5023.go:121:13
./seed5023.go:116:24:   flow: {heap} = {storage for ... argument}:
./seed5023.go:116:24:     from ... argument (spill) at ./seed5023.go:121:13
./seed5023.go:116:24:     from fmt.Println(... argument...) (call parameter) at ./seed5023.go:121:13
./seed5023.go:134:9: parameter p0 leaks to {heap} with derefs=0:
./seed5023.go:134:9:   flow: {heap} = p0:
./seed5023.go:134:9:     from append(make([]*int, 2), p0) (call parameter) at ./seed5023.go:135:15
./seed5023.go:75:16: new(int) escapes to heap:
./seed5023.go:75:16:   flow: p0 = &{storage for new(int)}:
./seed5023.go:75:16:     from new(int) (spill) at ./seed5023.go:75:16
./seed5023.go:75:16:     from f3(new(int), make(map[string]*int, 1)) (call parameter) at ./seed5023.go:75:12
./seed5023.go:75:16:   flow: {heap} = p0:
./seed5023.go:75:16:     from append(make([]*int, 2), p0) (call parameter) at ./seed5023.go:135:15
./seed5023.go:91:35: map[string]int{...} escapes to heap:
./seed5023.go:91:35:   flow: {temp} = &{storage for map[string]int{...}}:
./seed5023.go:91:35:     from map[string]int{...} (spill) at ./seed5023.go:91:35
./seed5023.go:91:35:     from any(map[string]int{...}) (interface-converted) at ./seed5023.go:91:20
./seed5023.go:91:35:   flow: x15 = {temp}:
./seed5023.go:91:35:     from case string, []int: sink = x15 (switch case) at ./seed5023.go:96:3
./seed5023.go:91:35:   flow: {heap} = x15:
./seed5023.go:91:35:     from sink = x15 (assign) at ./seed5023.go:97:9
./seed5023.go:69:9: parameter p0 leaks to {heap} with derefs=1:
./seed5023.go:69:9:   flow: {heap} = *p0:
./seed5023.go:69:9:     from (*T).M0(p0, p0) (call parameter) at ./seed5023.go:87:8
./seed5023.go:111:9: parameter p0 leaks to {heap} with derefs=1:
./seed5023.go:111:9:   flow: p0 = p0:
./seed5023.go:111:9:     from f0(p0, (map[string]*int)(nil)) (call parameter) at ./seed5023.go:114:11
./seed5023.go:111:9:   flow: {heap} = *p0:
./seed5023.go:111:9:     from (*T).M0(p0, p0) (call parameter) at ./seed5023.go:87:8
./seed5023.go:69:9: leaking param content: p0
./seed5023.go:69:16: p1 does not escape
./seed5023.go:134:9: leaking param: p0
./seed5023.go:134:18: p1 does not escape
./seed5023.go:111:9: leaking param content: p0
./seed5023.go:111:16: p1 does not escape
./seed5023.go:111:31: p2 does not escape
./seed5023.go:75:16: new(int) escapes to heap
./seed5023.go:75:27: make(map[string]*int, 1) does not escape
./seed5023.go:77:10: func literal does not escape
./seed5023.go:84:10: new(T) does not escape
./seed5023.go:91:35: map[string]int{...} escapes to heap
./seed5023.go:101:15: ... argument does not escape
./seed5023.go:101:24: new(int) does not escape
./seed5023.go:135:20: make([]*int, 2) does not escape
./seed5023.go:137:9: &map[string]int{} does not escape
./seed5023.go:137:24: map[string]int{} does not escape
./seed5023.go:141:15: new(T) does not escape
./seed5023.go:141:20: func literal does not escape
./seed5023.go:116:24: map[string]*int{...} escapes to heap
./seed5023.go:116:33: new(int) escapes to heap
./seed5023.go:119:13: make([]int, 3) does not escape
./seed5023.go:121:13: ... argument does not escape
./seed5023.go:160:2: make([]int, 3) escapes to heap:
./seed5023.go:160:2:   flow: {heap} = &{storage for make([]int, 3)}:
./seed5023.go:160:2:     from make([]int, 3) (spill) at ./seed5023.go:160:2
./seed5023.go:160:2:     from sink = make([]int, 3) (assign) at ./seed5023.go:160:7
./seed5023.go:160:13: make([]int, 3) escapes to heap:
./seed5023.go:160:13:   flow: {storage for make([]int, 3)} = &{storage for make([]int, 3)}:
./seed5023.go:160:13:     from make([]int, 3) (spill) at ./seed5023.go:160:13
./seed5023.go:160:13:     from make([]int, 3) (interface-converted) at ./seed5023.go:160:2
./seed5023.go:146:32: f4 capturing by value: p2 (addr=false assign=false width=8)
./seed5023.go:147:6: p1 escapes to heap:
./seed5023.go:147:6:   flow: {storage for ... argument} = &{storage for p1}:
./seed5023.go:147:6:     from p1 (spill) at ./seed5023.go:147:6
./seed5023.go:147:6:     from ... argument (slice-literal-element) at ./seed5023.go:147:6
./seed5023.go:147:6:   flow: {heap} = {storage for ... argument}:
./seed5023.go:147:6:     from ... argument (spill) at ./seed5023.go:147:6
./seed5023.go:147:6:     from vany(... argument...) (call parameter) at ./seed5023.go:147:6
./seed5023.go:146:21: parameter p1 leaks to {storage for p1} with derefs=0:
./seed5023.go:146:21:   flow: {storage for p1} = p1:
./seed5023.go:146:21:     from p1 (interface-converted) at ./seed5023.go:147:6
./seed5023.go:170:13: make(map[string]int) escapes to heap:
./seed5023.go:170:13:   flow: ~r0 = &{storage for make(map[string]int)}:
./seed5023.go:170:13:     from make(map[string]int) (spill) at ./seed5023.go:170:13
./seed5023.go:170:13:     from return make(map[string]int) (return) at ./seed5023.go:170:2
./seed5023.go:146:9: p0 does not escape
./seed5023.go:146:21: leaking param: p1
./seed5023.go:147:6: ... argument does not escape
./seed5023.go:147:6: p1 escapes to heap
./seed5023.go:158:23: func literal does not escape
./seed5023.go:160:2: make([]int, 3) escapes to heap
./seed5023.go:160:13: make([]int, 3) escapes to heap
./seed5023.go:170:13: make(map[string]int) escapes to heap
