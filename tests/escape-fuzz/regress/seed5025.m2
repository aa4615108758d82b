./seed5025.go:17:47: new(int) escapes to heap:
./seed5025.go:17:47:   flow: ~r1 = &{storage for new(int)}:
./seed5025.go:17:47:     from new(int) (spill) at ./seed5025.go:17:47
./seed5025.go:17:47:     from return p, new(int) (return) at ./seed5025.go:17:34
./seed5025.go:17:11: parameter p leaks to ~r0 with derefs=0:
./seed5025.go:17:11:   flow: ~r0 = p:
./seed5025.go:17:11:     from return p, new(int) (return) at ./seed5025.go:17:34
./seed5025.go:17:11: leaking param: p to result ~r0 level=0
./seed5025.go:17:47: new(int) escapes to heap
./seed5025.go:19:15: parameter b leaks to ~r0 with derefs=0:
./seed5025.go:19:15:   flow: ~r0 = b:
./seed5025.go:19:15:     from return b (return) at ./seed5025.go:23:2
./seed5025.go:19:12: parameter a leaks to ~r0 with derefs=0:
./seed5025.go:19:12:   flow: ~r0 = a:
./seed5025.go:19:12:     from return a (return) at ./seed5025.go:21:3
./seed5025.go:19:12: leaking param: a to result ~r0 level=0
./seed5025.go:19:15: leaking param: b to result ~r0 level=0
./seed5025.go:26:11: parameter xs leaks to {heap} with derefs=1:
./seed5025.go:26:11:   flow: {heap} = *xs:
./seed5025.go:26:11:     from xs[0] (dot of pointer) at ./seed5025.go:28:12
./seed5025.go:26:11:     from sink = xs[0] (assign) at ./seed5025.go:28:8
./seed5025.go:26:11: leaking param content: xs
./seed5025.go:32:11: parameter xs leaks to ~r0 with derefs=1:
./seed5025.go:32:11:   flow: ~r0 = *xs:
./seed5025.go:32:11:     from xs[0] (dot of pointer) at ./seed5025.go:34:12
./seed5025.go:32:11:     from return xs[0] (return) at ./seed5025.go:34:3
./seed5025.go:32:11: leaking param: xs to result ~r0 level=1
./seed5025.go:66:12: new(T) escapes to heap:
./seed5025.go:66:12:   flow: ~r0 = &{storage for new(T)}:
./seed5025.go:66:12:     from new(T) (spill) at ./seed5025.go:66:12
./seed5025.go:66:12:     from return new(T) (return) at ./seed5025.go:66:2
./seed5025.go:57:14: []*int{} does not escape
./seed5025.go:66:12: new(T) escapes to heap
./seed5025.go:50:9: &map[string]int{} escapes to heap:
./seed5025.go:50:9:   flow: {heap} = &{storage for &map[string]int{}}:
./seed5025.go:50:9:     from &map[string]int{} (spill) at ./seed5025.go:50:9
./seed5025.go:50:9:     from &map[string]int{} (interface-converted) at ./seed5025.go:50:2
./seed5025.go:50:9:     from sink = &map[string]int{} (assign) at ./seed5025.go:50:7
./seed5025.go:50:24: map[string]int{} escapes to heap:
./seed5025.go:50:24:   flow: {storage for &map[string]int{}} = &{storage for map[string]int{}}:
./seed5025.go:50:24:     from map[string]int{} (spill) at ./seed5025.go:50:24
./seed5025.go:43:10: new(int) escapes to heap:
./seed5025.go:43:10:   flow: {storage for ... argument} = &{storage for new(int)}:
./seed5025.go:43:10:     from new(int) (spill) at ./seed5025.go:43:10
./seed5025.go:43:10:     from new(int) (interface-converted) at ./seed5025.go:43:10
./seed5025.go:43:10:     from ... argument (slice-literal-element) at ./seed5025.go:43:6
./seed5025.go:43:10:   flow: {heap} = {storage for ... argument}:
./seed5025.go:43:10:     from ... argument (spill) at ./seed5025.go:43:6
./seed5025.go:43:10:     from vany(... argument...) (call parameter) at ./seed5025.go:43:6
./seed5025.go:39:7: t does not escape
./seed5025.go:39:15: a0 does not escape
./seed5025.go:40:17: new(int) does not escape
./seed5025.go:43:6: ... argument does not escape
./seed5025.go:43:10: new(int) escapes to heap
./seed5025.go:50:9: &map[string]int{} escapes to heap
./seed5025.go:50:24: map[string]int{} escapes to heap
./seed5025.go:70:8: &map[string]int{} does not escape
./seed5025.go:70:23: map[string]int{} does not escape
./seed5025.go:110:3: string(v15[1:]) escapes to heap:
./seed5025.go:110:3:   flow: {heap} = &{storage for string(v15[1:])}:
./seed5025.go:110:3:     from string(v15[1:]) (spill) at ./seed5025.go:110:3
./seed5025.go:110:3:     from sink = string(v15[1:]) (assign) at ./seed5025.go:110:8
./seed5025.go:110:16: string(v15[1:]) escapes to heap:
./seed5025.go:110:16:   flow: {storage for string(v15[1:])} = &{storage for string(v15[1:])}:
./seed5025.go:110:16:     from string(v15[1:]) (spill) at ./seed5025.go:110:16
./seed5025.go:110:16:     from string(v15[1:]) (interface-converted) at ./seed5025.go:110:3
./seed5025.go:108:33: "a" escapes to heap:
./seed5025.go:108:33:   flow: {storage for ... argument} = &{storage for "a"}:
./seed5025.go:108:33:     from "a" (spill) at ./seed5025.go:108:33
./seed5025.go:108:33:     from ... argument (slice-literal-element) at ./seed5025.go:108:32
./seed5025.go:108:33:   flow: {heap} = {storage for ... argument}:
./seed5025.go:108:33:     from ... argument (spill) at ./seed5025.go:108:32
./seed5025.go:108:33:     from fmt.Sprint(... argument...) (call parameter) at ./seed5025.go:108:32
./seed5025.go:100:25: make(map[string]int) escapes to heap:
./seed5025.go:100:25:   flow: {temp} = &{storage for make(map[string]int)}:
./seed5025.go:100:25:     from make(map[string]int) (spill) at ./seed5025.go:100:25
./seed5025.go:100:25:     from any(make(map[string]int)) (interface-converted) at ./seed5025.go:100:20
./seed5025.go:100:25:   flow: x13 = {temp}:
./seed5025.go:100:25:     from case string, []int: sink = x13 (switch case) at ./seed5025.go:105:3
./seed5025.go:100:25:   flow: {heap} = x13:
./seed5025.go:100:25:     from sink = x13 (assign) at ./seed5025.go:106:9
./seed5025.go:76:22: new(int) escapes to heap:
./seed5025.go:76:22:   flow: {temp} = &{storage for new(int)}:
./seed5025.go:76:22:     from new(int) (spill) at ./seed5025.go:76:22
./seed5025.go:76:22:     from any(new(int)) (interface-converted) at ./seed5025.go:76:18
./seed5025.go:76:22:   flow: x7 = {temp}:
./seed5025.go:76:22:     from case string, []int: sink = x7 (switch case) at ./seed5025.go:81:2
./seed5025.go:76:22:   flow: {heap} = x7:
./seed5025.go:76:22:     from sink = x7 (assign) at ./seed5025.go:82:8
./seed5025.go:76:22: new(int) escapes to heap
./seed5025.go:98:14: ... argument does not escape
./seed5025.go:98:18: new(int) does not escape
./seed5025.go:100:25: make(map[string]int) escapes to heap
./seed5025.go:108:20: "s" + "s" + fmt.Sprint(... argument...) does not escape
./seed5025.go:108:32: ... argument does not escape
./seed5025.go:108:33: "a" escapes to heap
./seed5025.go:109:16: ([]byte)(v14) does not escape
./seed5025.go:110:3: string(v15[1:]) escapes to heap
./seed5025.go:110:16: string(v15[1:]) escapes to heap
./seed5025.go:120:21: new(int) escapes to heap:
./seed5025.go:120:21:   flow: {heap} = &{storage for new(int)}:
./seed5025.go:120:21:     from new(int) (spill) at ./seed5025.go:120:21
./seed5025.go:120:21:     from append(p1, new(int)) (call parameter) at ./seed5025.go:120:13
./seed5025.go:122:6: k18 escapes to heap:
./seed5025.go:122:6:   flow: {heap} = &k18:
./seed5025.go:122:6:     from &k18 (address-of) at ./seed5025.go:124:19
./seed5025.go:122:6:     from append(p1, &k18) (call parameter) at ./seed5025.go:124:14
./seed5025.go:114:29: parameter p1 leaks to {heap} with derefs=1:
./seed5025.go:114:29:   flow: {temp} = p1:
./seed5025.go:114:29:     from append(p1, &k18) (call parameter) at ./seed5025.go:124:14
./seed5025.go:114:29:   flow: {heap} = *{temp}:
./seed5025.go:114:29:     from append(p1, &k18) (appendee slice) at ./seed5025.go:124:14
./seed5025.go:126:23: map[string]int{...} escapes to heap:
./seed5025.go:126:23:   flow: ~r0 = &{storage for map[string]int{...}}:
./seed5025.go:126:23:     from map[string]int{...} (spill) at ./seed5025.go:126:23
./seed5025.go:126:23:     from map[string]int{...} (interface-converted) at ./seed5025.go:126:23
./seed5025.go:126:23:     from return map[string]int{...}, ([]int)(nil) (return) at ./seed5025.go:126:2
./seed5025.go:114:9: p0 does not escape
./seed5025.go:114:29: leaking param content: p1
./seed5025.go:122:6: moved to heap: k18
./seed5025.go:120:21: new(int) escapes to heap
./seed5025.go:126:23: map[string]int{...} escapes to heap
./seed5025.go:130:51: new(int) escapes to heap:
./seed5025.go:130:51:   flow: {heap} = &{storage for new(int)}:
./seed5025.go:130:51:     from new(int) (spill) at ./seed5025.go:130:51
./seed5025.go:130:51:     from append(make([]*int, 2), new(int)) (call parameter) at ./seed5025.go:130:30
./seed5025.go:142:2: string(v28[1:]) escapes to heap:
./seed5025.go:142:2:   flow: {heap} = &{storage for string(v28[1:])}:
./seed5025.go:142:2:     from string(v28[1:]) (spill) at ./seed5025.go:142:2
./seed5025.go:142:2:     from sink = string(v28[1:]) (assign) at ./seed5025.go:142:7
./seed5025.go:142:15: string(v28[1:]) escapes to heap:
./seed5025.go:142:15:   flow: {storage for string(v28[1:])} = &{storage for string(v28[1:])}:
./seed5025.go:142:15:     from string(v28[1:]) (spill) at ./seed5025.go:142:15
./seed5025.go:142:15:     from string(v28[1:]) (interface-converted) at ./seed5025.go:142:2
./seed5025.go:132:29: make([]int, *e21) escapes to heap:
./seed5025.go:132:29:   flow: {heap} = &{storage for make([]int, *e21)}:
./seed5025.go:132:29:     from make([]int, *e21) (non-constant size) at ./seed5025.go:132:29
./seed5025.go:138:56: new(int) escapes to heap:
./seed5025.go:138:56:   flow: {storage for []*int{...}} = &{storage for new(int)}:
./seed5025.go:138:56:     from new(int) (spill) at ./seed5025.go:138:56
./seed5025.go:138:56:     from []*int{...} (slice-literal-element) at ./seed5025.go:138:42
./seed5025.go:138:56:   flow: {heap} = {storage for []*int{...}}:
./seed5025.go:138:56:     from []*int{...} (spill) at ./seed5025.go:138:42
./seed5025.go:138:56:     from f3(&map[string]int{}, []*int{...}) (call parameter) at ./seed5025.go:138:16
./seed5025.go:138:46: new(int) escapes to heap:
./seed5025.go:138:46:   flow: {storage for []*int{...}} = &{storage for new(int)}:
./seed5025.go:138:46:     from new(int) (spill) at ./seed5025.go:138:46
./seed5025.go:138:46:     from []*int{...} (slice-literal-element) at ./seed5025.go:138:42
./seed5025.go:138:46:   flow: {heap} = {storage for []*int{...}}:
./seed5025.go:138:46:     from []*int{...} (spill) at ./seed5025.go:138:42
./seed5025.go:138:46:     from f3(&map[string]int{}, []*int{...}) (call parameter) at ./seed5025.go:138:16
./seed5025.go:130:35: make([]*int, 2) does not escape
./seed5025.go:130:51: new(int) escapes to heap
./seed5025.go:132:29: make([]int, *e21) escapes to heap
./seed5025.go:138:17: &map[string]int{} does not escape
./seed5025.go:138:32: map[string]int{} does not escape
./seed5025.go:138:42: []*int{...} does not escape
./seed5025.go:138:46: new(int) escapes to heap
./seed5025.go:138:56: new(int) escapes to heap
./seed5025.go:140:41: "a" + string(([]byte)("s")) + "s" + "b" does not escape
./seed5025.go:140:21: string(([]byte)("s")) does not escape
./seed5025.go:140:28: ([]byte)("s") does not escape
./seed5025.go:141:15: ([]byte)(v27) does not escape
./seed5025.go:142:2: string(v28[1:]) escapes to heap
./seed5025.go:142:15: string(v28[1:]) escapes to heap
