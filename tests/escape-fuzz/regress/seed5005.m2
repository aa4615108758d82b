./seed5005.go:17:47: new(int) escapes to heap:
./seed5005.go:17:47:   flow: ~r1 = &{storage for new(int)}:
./seed5005.go:17:47:     from new(int) (spill) at ./seed5005.go:17:47
./seed5005.go:17:47:     from return p, new(int) (return) at ./seed5005.go:17:34
./seed5005.go:17:11: parameter p leaks to ~r0 with derefs=0:
./seed5005.go:17:11:   flow: ~r0 = p:
./seed5005.go:17:11:     from return p, new(int) (return) at ./seed5005.go:17:34
./seed5005.go:17:11: leaking param: p to result ~r0 level=0
./seed5005.go:17:47: new(int) escapes to heap
./seed5005.go:19:15: parameter b leaks to ~r0 with derefs=0:
./seed5005.go:19:15:   flow: ~r0 = b:
./seed5005.go:19:15:     from return b (return) at ./seed5005.go:23:2
./seed5005.go:19:12: parameter a leaks to ~r0 with derefs=0:
./seed5005.go:19:12:   flow: ~r0 = a:
./seed5005.go:19:12:     from return a (return) at ./seed5005.go:21:3
./seed5005.go:19:12: leaking param: a to result ~r0 level=0
./seed5005.go:19:15: leaking param: b to result ~r0 level=0
./seed5005.go:26:11: parameter xs leaks to {heap} with derefs=1:
./seed5005.go:26:11:   flow: {heap} = *xs:
./seed5005.go:26:11:     from xs[0] (dot of pointer) at ./seed5005.go:28:12
./seed5005.go:26:11:     from sink = xs[0] (assign) at ./seed5005.go:28:8
./seed5005.go:26:11: leaking param content: xs
./seed5005.go:32:11: parameter xs leaks to ~r0 with derefs=1:
./seed5005.go:32:11:   flow: ~r0 = *xs:
./seed5005.go:32:11:     from xs[0] (dot of pointer) at ./seed5005.go:34:12
./seed5005.go:32:11:     from return xs[0] (return) at ./seed5005.go:34:3
./seed5005.go:32:11: leaking param: xs to result ~r0 level=1
./seed5005.go:41:6: i2 escapes to heap:
./seed5005.go:41:6:   flow: {heap} = &i2:
./seed5005.go:41:6:     from &i2 (address-of) at ./seed5005.go:45:59
./seed5005.go:41:6:     from append([]*int{...}, &i2) (call parameter) at ./seed5005.go:45:25
./seed5005.go:39:35: parameter a1 leaks to {heap} with derefs=0:
./seed5005.go:39:35:   flow: {storage for ... argument} = a1:
./seed5005.go:39:35:     from a1 (interface-converted) at ./seed5005.go:46:48
./seed5005.go:39:35:     from ... argument (slice-literal-element) at ./seed5005.go:46:48
./seed5005.go:39:35:   flow: {heap} = {storage for ... argument}:
./seed5005.go:39:35:     from ... argument (spill) at ./seed5005.go:46:48
./seed5005.go:39:35:     from fmt.Sprint(... argument...) (call parameter) at ./seed5005.go:46:48
./seed5005.go:45:36: new(int) escapes to heap:
./seed5005.go:45:36:   flow: {storage for []*int{...}} = &{storage for new(int)}:
./seed5005.go:45:36:     from new(int) (spill) at ./seed5005.go:45:36
./seed5005.go:45:36:     from []*int{...} (slice-literal-element) at ./seed5005.go:45:32
./seed5005.go:45:36:   flow: {temp} = &{storage for []*int{...}}:
./seed5005.go:45:36:     from []*int{...} (spill) at ./seed5005.go:45:32
./seed5005.go:45:36:     from append([]*int{...}, &i2) (call parameter) at ./seed5005.go:45:25
./seed5005.go:45:36:   flow: {heap} = *{temp}:
./seed5005.go:45:36:     from append([]*int{...}, &i2) (appendee slice) at ./seed5005.go:45:25
./seed5005.go:45:25: append([]*int{...}, &i2) escapes to heap:
./seed5005.go:45:25:   flow: {storage for ... argument} = &{storage for append([]*int{...}, &i2)}:
./seed5005.go:45:25:     from append([]*int{...}, &i2) (spill) at ./seed5005.go:45:25
./seed5005.go:45:25:     from ... argument (slice-literal-element) at ./seed5005.go:45:14
./seed5005.go:45:25:   flow: {heap} = {storage for ... argument}:
./seed5005.go:45:25:     from ... argument (spill) at ./seed5005.go:45:14
./seed5005.go:45:25:     from fmt.Println(... argument...) (call parameter) at ./seed5005.go:45:14
./seed5005.go:39:15: parameter a0 leaks to {heap} with derefs=0:
./seed5005.go:39:15:   flow: {storage for ... argument} = a0:
./seed5005.go:39:15:     from a0 (interface-converted) at ./seed5005.go:45:14
./seed5005.go:39:15:     from ... argument (slice-literal-element) at ./seed5005.go:45:14
./seed5005.go:39:15:   flow: {heap} = {storage for ... argument}:
./seed5005.go:39:15:     from ... argument (spill) at ./seed5005.go:45:14
./seed5005.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./seed5005.go:45:14
./seed5005.go:45:32: []*int{...} escapes to heap:
./seed5005.go:45:32:   flow: {temp} = &{storage for []*int{...}}:
./seed5005.go:45:32:     from []*int{...} (spill) at ./seed5005.go:45:32
./seed5005.go:45:32:     from append([]*int{...}, &i2) (call parameter) at ./seed5005.go:45:25
./seed5005.go:45:32:   flow: {storage for append([]*int{...}, &i2)} = {temp}:
./seed5005.go:45:32:     from append([]*int{...}, &i2) (interface-converted) at ./seed5005.go:45:25
./seed5005.go:53:12: new(int) escapes to heap:
./seed5005.go:53:12:   flow: ~r0 = &{storage for new(int)}:
./seed5005.go:53:12:     from new(int) (spill) at ./seed5005.go:53:12
./seed5005.go:53:12:     from return new(int) (return) at ./seed5005.go:53:2
./seed5005.go:39:7: t does not escape
./seed5005.go:39:15: leaking param: a0
./seed5005.go:39:35: leaking param: a1
./seed5005.go:41:6: moved to heap: i2
./seed5005.go:45:14: ... argument does not escape
./seed5005.go:45:25: append([]*int{...}, &i2) escapes to heap
./seed5005.go:45:32: []*int{...} escapes to heap
./seed5005.go:45:36: new(int) escapes to heap
./seed5005.go:46:36: string(([]byte)("ab")) + fmt.Sprint(... argument...) does not escape
./seed5005.go:46:21: string(([]byte)("ab")) does not escape
./seed5005.go:46:28: ([]byte)("ab") does not escape
./seed5005.go:46:48: ... argument does not escape
./seed5005.go:53:12: new(int) escapes to heap
./seed5005.go:103:9: p0 does not escape
./seed5005.go:70:2: make([]*int, 0, 4) escapes to heap:
./seed5005.go:70:2:   flow: {heap} = &{storage for make([]*int, 0, 4)}:
./seed5005.go:70:2:     from make([]*int, 0, 4) (spill) at ./seed5005.go:70:2
./seed5005.go:70:2:     from sink = make([]*int, 0, 4) (assign) at ./seed5005.go:70:7
./seed5005.go:70:13: make([]*int, 0, 4) escapes to heap:
./seed5005.go:70:13:   flow: {storage for make([]*int, 0, 4)} = &{storage for make([]*int, 0, 4)}:
./seed5005.go:70:13:     from make([]*int, 0, 4) (spill) at ./seed5005.go:70:13
./seed5005.go:70:13:     from make([]*int, 0, 4) (interface-converted) at ./seed5005.go:70:2
./seed5005.go:80:4: func literal escapes to heap:
./seed5005.go:80:4:   flow: {heap} = &{storage for func literal}:
./seed5005.go:80:4:     from func literal (spill) at ./seed5005.go:80:4
./seed5005.go:69:9: f0 capturing by value: p0 (addr=false assign=false width=8)
./seed5005.go:71:2: f0 capturing by value: v7 (addr=false assign=false width=8)
./seed5005.go:80:15: f0.func1 capturing by value: .autotmp_1 (addr=false assign=false width=8)
./seed5005.go:71:22: new(int) escapes to heap:
./seed5005.go:71:22:   flow: .autotmp_2 = &{storage for new(int)}:
./seed5005.go:71:22:     from new(int) (spill) at ./seed5005.go:71:22
./seed5005.go:71:22:     from pair(new(int)) (call parameter) at ./seed5005.go:71:18
./seed5005.go:71:22:   flow: v7 = .autotmp_2:
./seed5005.go:71:22:     from take2(pair(new(int))) (call parameter) at ./seed5005.go:71:13
./seed5005.go:71:22:     from v7 := take2(pair(new(int))) (assign) at ./seed5005.go:71:5
./seed5005.go:71:22:   flow: {heap} = v7:
./seed5005.go:71:22:     from glob = v7 (assign) at ./seed5005.go:82:8
./seed5005.go:70:2: make([]*int, 0, 4) escapes to heap
./seed5005.go:70:13: make([]*int, 0, 4) escapes to heap
./seed5005.go:71:22: new(int) escapes to heap
./seed5005.go:73:8: func literal does not escape
./seed5005.go:62:14: i5 escapes to heap:
./seed5005.go:62:14:   flow: {storage for ... argument} = &{storage for i5}:
./seed5005.go:62:14:     from i5 (spill) at ./seed5005.go:62:14
./seed5005.go:62:14:     from ... argument (slice-literal-element) at ./seed5005.go:62:14
./seed5005.go:62:14:   flow: {heap} = {storage for ... argument}:
./seed5005.go:62:14:     from ... argument (spill) at ./seed5005.go:62:14
./seed5005.go:62:14:     from fmt.Println(... argument...) (call parameter) at ./seed5005.go:62:14
./seed5005.go:64:22: new(int) escapes to heap:
./seed5005.go:64:22:   flow: .autotmp_5 = &{storage for new(int)}:
./seed5005.go:64:22:     from new(int) (spill) at ./seed5005.go:64:22
./seed5005.go:64:22:     from pair(new(int)) (call parameter) at ./seed5005.go:64:18
./seed5005.go:64:22:   flow: v6 = .autotmp_5:
./seed5005.go:64:22:     from take2(pair(new(int))) (call parameter) at ./seed5005.go:64:13
./seed5005.go:64:22:     from v6 := take2(pair(new(int))) (assign) at ./seed5005.go:64:5
./seed5005.go:64:22:   flow: ~r0 = v6:
./seed5005.go:64:22:     from return v6 (return) at ./seed5005.go:66:2
./seed5005.go:56:7: t does not escape
./seed5005.go:62:14: ... argument does not escape
./seed5005.go:62:14: i5 escapes to heap
./seed5005.go:64:22: new(int) escapes to heap
./seed5005.go:89:23: new(int) escapes to heap:
./seed5005.go:89:23:   flow: .autotmp_3 = &{storage for new(int)}:
./seed5005.go:89:23:     from new(int) (spill) at ./seed5005.go:89:23
./seed5005.go:89:23:     from pair(new(int)) (call parameter) at ./seed5005.go:89:19
./seed5005.go:89:23:   flow: v10 = .autotmp_3:
./seed5005.go:89:23:     from take2(pair(new(int))) (call parameter) at ./seed5005.go:89:14
./seed5005.go:89:23:     from v10 := take2(pair(new(int))) (assign) at ./seed5005.go:89:6
./seed5005.go:89:23:   flow: {heap} = v10:
./seed5005.go:89:23:     from glob = v10 (assign) at ./seed5005.go:93:8
./seed5005.go:88:9: p0 does not escape
./seed5005.go:88:28: p1 does not escape
./seed5005.go:88:39: p2 does not escape
./seed5005.go:89:23: new(int) escapes to heap
./seed5005.go:91:37: []int{...} does not escape
./seed5005.go:120:2: string(v20[1:]) escapes to heap:
./seed5005.go:120:2:   flow: {heap} = &{storage for string(v20[1:])}:
./seed5005.go:120:2:     from string(v20[1:]) (spill) at ./seed5005.go:120:2
./seed5005.go:120:2:     from sink = string(v20[1:]) (assign) at ./seed5005.go:120:7
./seed5005.go:120:15: string(v20[1:]) escapes to heap:
./seed5005.go:120:15:   flow: {storage for string(v20[1:])} = &{storage for string(v20[1:])}:
./seed5005.go:120:15:     from string(v20[1:]) (spill) at ./seed5005.go:120:15
./seed5005.go:120:15:     from string(v20[1:]) (interface-converted) at ./seed5005.go:120:2
./seed5005.go:118:75: string(([]byte)("ab")) + string(([]byte)("ab")) + string(([]byte)("s")) + "s" does not escape
./seed5005.go:118:15: string(([]byte)("ab")) does not escape
./seed5005.go:118:22: ([]byte)("ab") does not escape
./seed5005.go:118:38: string(([]byte)("ab")) does not escape
./seed5005.go:118:45: ([]byte)("ab") does not escape
./seed5005.go:118:61: string(([]byte)("s")) does not escape
./seed5005.go:118:68: ([]byte)("s") does not escape
./seed5005.go:119:15: ([]byte)(v19) does not escape
./seed5005.go:120:2: string(v20[1:]) escapes to heap
./seed5005.go:120:15: string(v20[1:]) escapes to heap
