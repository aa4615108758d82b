./seed5001.go:17:47: new(int) escapes to heap:
./seed5001.go:17:47:   flow: ~r1 = &{storage for new(int)}:
./seed5001.go:17:47:     from new(int) (spill) at ./seed5001.go:17:47
./seed5001.go:17:47:     from return p, new(int) (return) at ./seed5001.go:17:34
./seed5001.go:17:11: parameter p leaks to ~r0 with derefs=0:
./seed5001.go:17:11:   flow: ~r0 = p:
./seed5001.go:17:11:     from return p, new(int) (return) at ./seed5001.go:17:34
./seed5001.go:17:11: leaking param: p to result ~r0 level=0
./seed5001.go:17:47: new(int) escapes to heap
./seed5001.go:19:15: parameter b leaks to ~r0 with derefs=0:
./seed5001.go:19:15:   flow: ~r0 = b:
./seed5001.go:19:15:     from return b (return) at ./seed5001.go:23:2
./seed5001.go:19:12: parameter a leaks to ~r0 with derefs=0:
./seed5001.go:19:12:   flow: ~r0 = a:
./seed5001.go:19:12:     from return a (return) at ./seed5001.go:21:3
./seed5001.go:19:12: leaking param: a to result ~r0 level=0
./seed5001.go:19:15: leaking param: b to result ~r0 level=0
./seed5001.go:26:11: parameter xs leaks to {heap} with derefs=1:
./seed5001.go:26:11:   flow: {heap} = *xs:
./seed5001.go:26:11:     from xs[0] (dot of pointer) at ./seed5001.go:28:12
./seed5001.go:26:11:     from sink = xs[0] (assign) at ./seed5001.go:28:8
./seed5001.go:26:11: leaking param content: xs
./seed5001.go:32:11: parameter xs leaks to ~r0 with derefs=1:
./seed5001.go:32:11:   flow: ~r0 = *xs:
./seed5001.go:32:11:     from xs[0] (dot of pointer) at ./seed5001.go:34:12
./seed5001.go:32:11:     from return xs[0] (return) at ./seed5001.go:34:3
./seed5001.go:32:11: leaking param: xs to result ~r0 level=1
./seed5001.go:48:2: fmt.Sprint(a0) escapes to heap:
./seed5001.go:48:2:   flow: {heap} = &{storage for fmt.Sprint(a0)}:
./seed5001.go:48:2:     from fmt.Sprint(a0) (spill) at ./seed5001.go:48:2
./seed5001.go:48:2:     from sink = fmt.Sprint(a0) (assign) at ./seed5001.go:48:7
./seed5001.go:49:44: new(int) escapes to heap:
./seed5001.go:49:44:   flow: {heap} = &{storage for new(int)}:
./seed5001.go:49:44:     from new(int) (spill) at ./seed5001.go:49:44
./seed5001.go:49:44:     from append(append(([]*int)(nil), t.p), new(int)) (call parameter) at ./seed5001.go:49:14
./seed5001.go:45:34: make([]int, v2) escapes to heap:
./seed5001.go:45:34:   flow: {heap} = &{storage for make([]int, v2)}:
./seed5001.go:45:34:     from make([]int, v2) (non-constant size) at ./seed5001.go:45:34
./seed5001.go:39:7: parameter t leaks to {heap} with derefs=0:
./seed5001.go:39:7:   flow: {heap} = t:
./seed5001.go:39:7:     from t.p (dot) at ./seed5001.go:49:36
./seed5001.go:39:7:     from append(([]*int)(nil), t.p) (call parameter) at ./seed5001.go:49:21
./seed5001.go:48:19: a0 escapes to heap:
./seed5001.go:48:19:   flow: {storage for ... argument} = &{storage for a0}:
./seed5001.go:48:19:     from a0 (spill) at ./seed5001.go:48:19
./seed5001.go:48:19:     from ... argument (slice-literal-element) at ./seed5001.go:48:19
./seed5001.go:48:19:   flow: {heap} = {storage for ... argument}:
./seed5001.go:48:19:     from ... argument (spill) at ./seed5001.go:48:19
./seed5001.go:48:19:     from fmt.Sprint(... argument...) (call parameter) at ./seed5001.go:48:19
./seed5001.go:45:46: make([]int, v2)[1:] escapes to heap:
./seed5001.go:45:46:   flow: {storage for ... argument} = &{storage for make([]int, v2)[1:]}:
./seed5001.go:45:46:     from make([]int, v2)[1:] (spill) at ./seed5001.go:45:46
./seed5001.go:45:46:     from ... argument (slice-literal-element) at ./seed5001.go:45:15
./seed5001.go:45:46:   flow: {heap} = {storage for ... argument}:
./seed5001.go:45:46:     from ... argument (spill) at ./seed5001.go:45:15
./seed5001.go:45:46:     from fmt.Println(... argument...) (call parameter) at ./seed5001.go:45:15
./seed5001.go:45:22: ([]*int)(nil) escapes to heap:
./seed5001.go:45:22:   flow: {storage for ... argument} = &{storage for ([]*int)(nil)}:
./seed5001.go:45:22:     from ([]*int)(nil) (spill) at ./seed5001.go:45:22
./seed5001.go:45:22:     from ... argument (slice-literal-element) at ./seed5001.go:45:15
./seed5001.go:45:22:   flow: {heap} = {storage for ... argument}:
./seed5001.go:45:22:     from ... argument (spill) at ./seed5001.go:45:15
./seed5001.go:45:22:     from fmt.Println(... argument...) (call parameter) at ./seed5001.go:45:15
./seed5001.go:39:15: parameter a0 leaks to {storage for a0} with derefs=0:
./seed5001.go:39:15:   flow: {storage for a0} = a0:
./seed5001.go:39:15:     from a0 (interface-converted) at ./seed5001.go:48:19
./seed5001.go:51:13: make(map[string]int) escapes to heap:
./seed5001.go:51:13:   flow: ~r0 = &{storage for make(map[string]int)}:
./seed5001.go:51:13:     from make(map[string]int) (spill) at ./seed5001.go:51:13
./seed5001.go:51:13:     from return make(map[string]int) (return) at ./seed5001.go:51:2
./seed5001.go:39:7: leaking param: t
./seed5001.go:39:15: leaking param: a0
./seed5001.go:39:25: a1 does not escape
./seed5001.go:40:7: &T{...} does not escape
./seed5001.go:40:16: new(int) does not escape
./seed5001.go:45:15: ... argument does not escape
./seed5001.go:45:22: ([]*int)(nil) escapes to heap
./seed5001.go:45:46: make([]int, v2)[1:] escapes to heap
./seed5001.go:45:34: make([]int, v2) escapes to heap
./seed5001.go:48:2: fmt.Sprint(... argument...) escapes to heap
./seed5001.go:48:19: ... argument does not escape
./seed5001.go:48:19: a0 escapes to heap
./seed5001.go:49:44: new(int) escapes to heap
./seed5001.go:51:13: make(map[string]int) escapes to heap
./seed5001.go:68:3: string(v10[1:]) escapes to heap:
./seed5001.go:68:3:   flow: {heap} = &{storage for string(v10[1:])}:
./seed5001.go:68:3:     from string(v10[1:]) (spill) at ./seed5001.go:68:3
./seed5001.go:68:3:     from sink = string(v10[1:]) (assign) at ./seed5001.go:68:8
./seed5001.go:68:16: string(v10[1:]) escapes to heap:
./seed5001.go:68:16:   flow: {storage for string(v10[1:])} = &{storage for string(v10[1:])}:
./seed5001.go:68:16:     from string(v10[1:]) (spill) at ./seed5001.go:68:16
./seed5001.go:68:16:     from string(v10[1:]) (interface-converted) at ./seed5001.go:68:3
./seed5001.go:81:2: string(v14[1:]) escapes to heap:
./seed5001.go:81:2:   flow: {heap} = &{storage for string(v14[1:])}:
./seed5001.go:81:2:     from string(v14[1:]) (spill) at ./seed5001.go:81:2
./seed5001.go:81:2:     from sink = string(v14[1:]) (assign) at ./seed5001.go:81:7
./seed5001.go:81:15: string(v14[1:]) escapes to heap:
./seed5001.go:81:15:   flow: {storage for string(v14[1:])} = &{storage for string(v14[1:])}:
./seed5001.go:81:15:     from string(v14[1:]) (spill) at ./seed5001.go:81:15
./seed5001.go:81:15:     from string(v14[1:]) (interface-converted) at ./seed5001.go:81:2
./seed5001.go:82:32: new(int) escapes to heap:
./seed5001.go:82:32:   flow: {heap} = &{storage for new(int)}:
./seed5001.go:82:32:     from new(int) (spill) at ./seed5001.go:82:32
./seed5001.go:82:32:     from append(([]*int)(nil), new(int)) (call parameter) at ./seed5001.go:82:15
./seed5001.go:54:41: f0 capturing by value: p2 (addr=false assign=false width=16)
./seed5001.go:54:21: f0 capturing by value: p1 (addr=false assign=false width=8)
./seed5001.go:65:8: func literal escapes to heap:
./seed5001.go:65:8:   flow: f8 = &{storage for func literal}:
./seed5001.go:65:8:     from func literal (spill) at ./seed5001.go:65:8
./seed5001.go:65:8:     from f8 := func literal (assign) at ./seed5001.go:65:5
./seed5001.go:65:8:   flow: {heap} = f8:
./seed5001.go:65:8:     from sinkf = f8 (assign) at ./seed5001.go:78:8
./seed5001.go:66:24: fmt.Sprint(... argument...) + "s" escapes to heap:
./seed5001.go:66:24:   flow: v9 = &{storage for fmt.Sprint(... argument...) + "s"}:
./seed5001.go:66:24:     from fmt.Sprint(... argument...) + "s" (spill) at ./seed5001.go:66:24
./seed5001.go:66:24:     from v9 := fmt.Sprint(... argument...) + "s" (assign) at ./seed5001.go:66:6
./seed5001.go:66:24:   flow: {heap} = v9:
./seed5001.go:66:24:     from (*p1)[v9] (key of map put) at ./seed5001.go:74:9
./seed5001.go:54:41: parameter p2 leaks to {heap} with derefs=0:
./seed5001.go:54:41:   flow: {storage for ... argument} = p2:
./seed5001.go:54:41:     from ... argument (slice-literal-element) at ./seed5001.go:66:19
./seed5001.go:54:41:   flow: {heap} = {storage for ... argument}:
./seed5001.go:54:41:     from ... argument (spill) at ./seed5001.go:66:19
./seed5001.go:54:41:     from fmt.Sprint(... argument...) (call parameter) at ./seed5001.go:66:19
./seed5001.go:56:29: new(T) escapes to heap:
./seed5001.go:56:29:   flow: {storage for ... argument} = &{storage for new(T)}:
./seed5001.go:56:29:     from new(T) (spill) at ./seed5001.go:56:29
./seed5001.go:56:29:     from new(T) (interface-converted) at ./seed5001.go:56:29
./seed5001.go:56:29:     from ... argument (slice-literal-element) at ./seed5001.go:56:14
./seed5001.go:56:29:   flow: {heap} = {storage for ... argument}:
./seed5001.go:56:29:     from ... argument (spill) at ./seed5001.go:56:14
./seed5001.go:56:29:     from fmt.Println(... argument...) (call parameter) at ./seed5001.go:56:14
./seed5001.go:54:21: parameter p1 leaks to {storage for func literal} with derefs=0:
./seed5001.go:54:21:   flow: {storage for func literal} = p1:
./seed5001.go:54:21:     from p1 (captured by a closure) at ./seed5001.go:74:6
./seed5001.go:54:41: parameter p2 leaks to {storage for func literal} with derefs=0:
./seed5001.go:54:41:   flow: {storage for func literal} = p2:
./seed5001.go:54:41:     from p2 (captured by a closure) at ./seed5001.go:66:20
./seed5001.go:54:9: p0 does not escape
./seed5001.go:54:21: leaking param: p1
./seed5001.go:54:41: leaking param: p2
./seed5001.go:56:14: ... argument does not escape
./seed5001.go:56:29: new(T) escapes to heap
./seed5001.go:57:28: []int{...} does not escape
./seed5001.go:65:8: func literal escapes to heap
./seed5001.go:66:24: fmt.Sprint(... argument...) + "s" escapes to heap
./seed5001.go:66:19: ... argument does not escape
./seed5001.go:67:16: ([]byte)(v9) does not escape
./seed5001.go:68:3: string(v10[1:]) escapes to heap
./seed5001.go:68:16: string(v10[1:]) escapes to heap
./seed5001.go:79:30: string(([]byte)("ab")) + "s" does not escape
./seed5001.go:79:15: string(([]byte)("ab")) does not escape
./seed5001.go:79:22: ([]byte)("ab") does not escape
./seed5001.go:80:15: ([]byte)(v13) does not escape
./seed5001.go:81:2: string(v14[1:]) escapes to heap
./seed5001.go:81:15: string(v14[1:]) escapes to heap
./seed5001.go:82:32: new(int) escapes to heap
./seed5001.go:85:9: parameter p0 leaks to {heap} with derefs=0:
./seed5001.go:85:9:   flow: {storage for ... argument} = p0:
./seed5001.go:85:9:     from p0[1] (fixed-array-index-of) at ./seed5001.go:98:30
./seed5001.go:85:9:     from p0[1] (interface-converted) at ./seed5001.go:98:30
./seed5001.go:85:9:     from ... argument (slice-literal-element) at ./seed5001.go:98:27
./seed5001.go:85:9:   flow: {heap} = {storage for ... argument}:
./seed5001.go:85:9:     from ... argument (spill) at ./seed5001.go:98:27
./seed5001.go:85:9:     from fmt.Sprint(... argument...) (call parameter) at ./seed5001.go:98:27
./seed5001.go:95:77: T{} escapes to heap:
./seed5001.go:95:77:   flow: {storage for ... argument} = &{storage for T{}}:
./seed5001.go:95:77:     from T{} (spill) at ./seed5001.go:95:77
./seed5001.go:95:77:     from ... argument (slice-literal-element) at ./seed5001.go:95:75
./seed5001.go:95:77:   flow: {heap} = {storage for ... argument}:
./seed5001.go:95:77:     from ... argument (spill) at ./seed5001.go:95:75
./seed5001.go:95:77:     from fmt.Sprint(... argument...) (call parameter) at ./seed5001.go:95:75
./seed5001.go:94:15: T{} escapes to heap:
./seed5001.go:94:15:   flow: {storage for ... argument} = &{storage for T{}}:
./seed5001.go:94:15:     from T{} (spill) at ./seed5001.go:94:15
./seed5001.go:94:15:     from ... argument (slice-literal-element) at ./seed5001.go:94:13
./seed5001.go:94:15:   flow: {heap} = {storage for ... argument}:
./seed5001.go:94:15:     from ... argument (spill) at ./seed5001.go:94:13
./seed5001.go:94:15:     from fmt.Println(... argument...) (call parameter) at ./seed5001.go:94:13
./seed5001.go:86:19: any(([]*int)(nil)) escapes to heap:
./seed5001.go:86:19:   flow: {temp} = &{storage for any(([]*int)(nil))}:
./seed5001.go:86:19:     from any(([]*int)(nil)) (spill) at ./seed5001.go:86:19
./seed5001.go:86:19:   flow: x15 = {temp}:
./seed5001.go:86:19:     from case string, []int: sink = x15 (switch case) at ./seed5001.go:91:2
./seed5001.go:86:19:   flow: {heap} = x15:
./seed5001.go:86:19:     from sink = x15 (assign) at ./seed5001.go:92:8
./seed5001.go:98:12: new(T) escapes to heap:
./seed5001.go:98:12:   flow: ~r0 = &{storage for new(T)}:
./seed5001.go:98:12:     from new(T) (spill) at ./seed5001.go:98:12
./seed5001.go:98:12:     from return new(T), fmt.Sprint(... argument...) (return) at ./seed5001.go:98:2
./seed5001.go:85:9: leaking param: p0
./seed5001.go:86:19: any(([]*int)(nil)) escapes to heap
./seed5001.go:94:13: ... argument does not escape
./seed5001.go:94:15: T{} escapes to heap
./seed5001.go:95:63: fmt.Sprint(... argument...) + string(([]byte)("ab")) + fmt.Sprint(... argument...) does not escape
./seed5001.go:95:24: ... argument does not escape
./seed5001.go:95:48: string(([]byte)("ab")) does not escape
./seed5001.go:95:55: ([]byte)("ab") does not escape
./seed5001.go:95:75: ... argument does not escape
./seed5001.go:95:77: T{} escapes to heap
./seed5001.go:98:12: new(T) escapes to heap
./seed5001.go:98:27: ... argument does not escape
./seed5001.go:108:28: new(int) escapes to heap:
./seed5001.go:108:28:   flow: {heap} = &{storage for new(int)}:
./seed5001.go:108:28:     from new(int) (spill) at ./seed5001.go:108:28
./seed5001.go:108:28:     from [2]*int{...} (array literal element) at ./seed5001.go:108:24
./seed5001.go:108:28:     from f1([2]*int{...}) (call parameter) at ./seed5001.go:108:16
./seed5001.go:110:11: p0.M0 escapes to heap:
./seed5001.go:110:11:   flow: {heap} = &{storage for p0.M0}:
./seed5001.go:110:11:     from p0.M0 (spill) at ./seed5001.go:110:11
./seed5001.go:110:11:     from p0.M0 (interface-converted) at ./seed5001.go:110:2
./seed5001.go:110:11:     from sink = p0.M0 (assign) at ./seed5001.go:110:7
./seed5001.go:101:9: parameter p0 leaks to {heap} with derefs=0:
./seed5001.go:101:9:   flow: {temp} = p0:
./seed5001.go:101:9:   flow: {heap} = {temp}:
./seed5001.go:101:21: parameter p2 leaks to {heap} with derefs=0:
./seed5001.go:101:21:   flow: {heap} = p2:
./seed5001.go:101:21:     from p2[1] (fixed-array-index-of) at ./seed5001.go:108:37
./seed5001.go:101:21:     from [2]*int{...} (array literal element) at ./seed5001.go:108:24
./seed5001.go:101:21:     from f1([2]*int{...}) (call parameter) at ./seed5001.go:108:16
./seed5001.go:101:9: parameter p0 leaks to {storage for p0.M0} with derefs=0:
./seed5001.go:101:9:   flow: {temp} = p0:
./seed5001.go:101:9:   flow: {storage for p0.M0} = {temp}:
./seed5001.go:101:15: parameter p1 leaks to ~r0 with derefs=0:
./seed5001.go:101:15:   flow: ~r0 = p1:
./seed5001.go:101:15:     from p1.m (dot) at ./seed5001.go:145:11
./seed5001.go:101:15:     from return p1.m (return) at ./seed5001.go:145:2
./seed5001.go:101:9: leaking param: p0
./seed5001.go:101:15: leaking param: p1 to result ~r0 level=0
./seed5001.go:101:21: leaking param: p2
./seed5001.go:104:24: new(int) does not escape
./seed5001.go:108:28: new(int) escapes to heap
./seed5001.go:110:11: p0.M0 escapes to heap
./seed5001.go:124:17: []int{} does not escape
./seed5001.go:161:21: &map[string]int{} escapes to heap:
./seed5001.go:161:21:   flow: ~r1 = &{storage for &map[string]int{}}:
./seed5001.go:161:21:     from &map[string]int{} (spill) at ./seed5001.go:161:21
./seed5001.go:161:21:     from return "s" + "xy", &map[string]int{} (return) at ./seed5001.go:161:2
./seed5001.go:161:36: map[string]int{} escapes to heap:
./seed5001.go:161:36:   flow: {storage for &map[string]int{}} = &{storage for map[string]int{}}:
./seed5001.go:161:36:     from map[string]int{} (spill) at ./seed5001.go:161:36
./seed5001.go:148:17: p1 does not escape
./seed5001.go:148:37: p2 does not escape
./seed5001.go:150:14: ... argument does not escape
./seed5001.go:161:21: &map[string]int{} escapes to heap
./seed5001.go:161:36: map[string]int{} escapes to heap
./seed5001.go:177:13: make(map[string]*int, 1) escapes to heap:
./seed5001.go:177:13:   flow: {heap} = &{storage for make(map[string]*int, 1)}:
./seed5001.go:177:13:     from make(map[string]*int, 1) (spill) at ./seed5001.go:177:13
./seed5001.go:177:13:     from make(map[string]*int, 1) (interface-converted) at ./seed5001.go:177:2
./seed5001.go:177:13:     from sink = make(map[string]*int, 1) (assign) at ./seed5001.go:177:7
./seed5001.go:167:10: func literal does not escape
./seed5001.go:173:13: new(int) does not escape
./seed5001.go:177:13: make(map[string]*int, 1) escapes to heap
