./seed5009.go:17:47: new(int) escapes to heap:
./seed5009.go:17:47:   flow: ~r1 = &{storage for new(int)}:
./seed5009.go:17:47:     from new(int) (spill) at ./seed5009.go:17:47
./seed5009.go:17:47:     from return p, new(int) (return) at ./seed5009.go:17:34
./seed5009.go:17:11: parameter p leaks to ~r0 with derefs=0:
./seed5009.go:17:11:   flow: ~r0 = p:
./seed5009.go:17:11:     from return p, new(int) (return) at ./seed5009.go:17:34
./seed5009.go:17:11: leaking param: p to result ~r0 level=0
./seed5009.go:17:47: new(int) escapes to heap
./seed5009.go:19:15: parameter b leaks to ~r0 with derefs=0:
./seed5009.go:19:15:   flow: ~r0 = b:
./seed5009.go:19:15:     from return b (return) at ./seed5009.go:23:2
./seed5009.go:19:12: parameter a leaks to ~r0 with derefs=0:
./seed5009.go:19:12:   flow: ~r0 = a:
./seed5009.go:19:12:     from return a (return) at ./seed5009.go:21:3
./seed5009.go:19:12: leaking param: a to result ~r0 level=0
./seed5009.go:19:15: leaking param: b to result ~r0 level=0
./seed5009.go:26:11: parameter xs leaks to {heap} with derefs=1:
./seed5009.go:26:11:   flow: {heap} = *xs:
./seed5009.go:26:11:     from xs[0] (dot of pointer) at ./seed5009.go:28:12
./seed5009.go:26:11:     from sink = xs[0] (assign) at ./seed5009.go:28:8
./seed5009.go:26:11: leaking param content: xs
./seed5009.go:32:11: parameter xs leaks to ~r0 with derefs=1:
./seed5009.go:32:11:   flow: ~r0 = *xs:
./seed5009.go:32:11:     from xs[0] (dot of pointer) at ./seed5009.go:34:12
./seed5009.go:32:11:     from return xs[0] (return) at ./seed5009.go:34:3
./seed5009.go:32:11: leaking param: xs to result ~r0 level=1
./seed5009.go:42:12: new(int) escapes to heap:
./seed5009.go:42:12:   flow: ~r0 = &{storage for new(int)}:
./seed5009.go:42:12:     from new(int) (spill) at ./seed5009.go:42:12
./seed5009.go:42:12:     from return new(int) (return) at ./seed5009.go:42:2
./seed5009.go:39:7: t does not escape
./seed5009.go:39:16: a0 does not escape
./seed5009.go:39:36: a1 does not escape
./seed5009.go:40:8: &map[string]int{} does not escape
./seed5009.go:40:23: map[string]int{} does not escape
./seed5009.go:42:12: new(int) escapes to heap
./seed5009.go:51:23: map[string]int{...} escapes to heap:
./seed5009.go:51:23:   flow: {heap} = &{storage for map[string]int{...}}:
./seed5009.go:51:23:     from map[string]int{...} (spill) at ./seed5009.go:51:23
./seed5009.go:51:23:     from t.m = map[string]int{...} (assign) at ./seed5009.go:51:7
./seed5009.go:45:7: t does not escape
./seed5009.go:45:16: a0 does not escape
./seed5009.go:51:23: map[string]int{...} escapes to heap
./seed5009.go:64:11: new(int) escapes to heap:
./seed5009.go:64:11:   flow: v7 = &{storage for new(int)}:
./seed5009.go:64:11:     from new(int) (spill) at ./seed5009.go:64:11
./seed5009.go:64:11:     from v7 := new(int) (assign) at ./seed5009.go:64:5
./seed5009.go:64:11:   flow: {heap} = v7:
./seed5009.go:64:11:     from v7 (interface-converted) at ./seed5009.go:70:2
./seed5009.go:64:11:     from sink = v7 (assign) at ./seed5009.go:70:7
./seed5009.go:71:29: fmt.Sprint(... argument...) + "b" escapes to heap:
./seed5009.go:71:29:   flow: ~r0 = &{storage for fmt.Sprint(... argument...) + "b"}:
./seed5009.go:71:29:     from fmt.Sprint(... argument...) + "b" (spill) at ./seed5009.go:71:29
./seed5009.go:71:29:     from return fmt.Sprint(... argument...) + "b", (*T)(nil).s (return) at ./seed5009.go:71:2
./seed5009.go:63:9: p0 does not escape
./seed5009.go:64:11: new(int) escapes to heap
./seed5009.go:71:29: fmt.Sprint(... argument...) + "b" escapes to heap
./seed5009.go:71:19: ... argument does not escape
./seed5009.go:77:2: f1 capturing by value: v9 (addr=false assign=false width=8)
./seed5009.go:88:14: &map[string]int{} escapes to heap:
./seed5009.go:88:14:   flow: {storage for ... argument} = &{storage for &map[string]int{}}:
./seed5009.go:88:14:     from &map[string]int{} (spill) at ./seed5009.go:88:14
./seed5009.go:88:14:     from &map[string]int{} (interface-converted) at ./seed5009.go:88:14
./seed5009.go:88:14:     from ... argument (slice-literal-element) at ./seed5009.go:88:13
./seed5009.go:88:14:   flow: {heap} = {storage for ... argument}:
./seed5009.go:88:14:     from ... argument (spill) at ./seed5009.go:88:13
./seed5009.go:88:14:     from fmt.Println(... argument...) (call parameter) at ./seed5009.go:88:13
./seed5009.go:81:9: func literal escapes to heap:
./seed5009.go:81:9:   flow: f11 = &{storage for func literal}:
./seed5009.go:81:9:     from func literal (spill) at ./seed5009.go:81:9
./seed5009.go:81:9:     from f11 := func literal (assign) at ./seed5009.go:81:6
./seed5009.go:81:9:   flow: {heap} = f11:
./seed5009.go:81:9:     from sinkf = f11 (assign) at ./seed5009.go:86:8
./seed5009.go:74:9: parameter p0 leaks to {heap} with derefs=0:
./seed5009.go:74:9:   flow: v9 = p0:
./seed5009.go:74:9:     from p0[1] (fixed-array-index-of) at ./seed5009.go:77:10
./seed5009.go:74:9:     from v9 := p0[1] (assign) at ./seed5009.go:77:5
./seed5009.go:74:9:   flow: {heap} = v9:
./seed5009.go:74:9:     from glob = v9 (assign) at ./seed5009.go:83:9
./seed5009.go:88:29: map[string]int{} escapes to heap:
./seed5009.go:88:29:   flow: {storage for &map[string]int{}} = &{storage for map[string]int{}}:
./seed5009.go:88:29:     from map[string]int{} (spill) at ./seed5009.go:88:29
./seed5009.go:74:9: parameter p0 leaks to {storage for func literal} with derefs=0:
./seed5009.go:74:9:   flow: v9 = p0:
./seed5009.go:74:9:     from p0[1] (fixed-array-index-of) at ./seed5009.go:77:10
./seed5009.go:74:9:     from v9 := p0[1] (assign) at ./seed5009.go:77:5
./seed5009.go:74:9:   flow: {storage for func literal} = v9:
./seed5009.go:74:9:     from v9 (captured by a closure) at ./seed5009.go:83:11
./seed5009.go:75:12: make([]int, 3) escapes to heap:
./seed5009.go:75:12:   flow: v8 = &{storage for make([]int, 3)}:
./seed5009.go:75:12:     from make([]int, 3) (spill) at ./seed5009.go:75:12
./seed5009.go:75:12:     from v8 := make([]int, 3) (assign) at ./seed5009.go:75:5
./seed5009.go:75:12:   flow: ~r0 = v8:
./seed5009.go:75:12:     from return v8 (return) at ./seed5009.go:90:2
./seed5009.go:74:9: leaking param: p0
./seed5009.go:75:12: make([]int, 3) escapes to heap
./seed5009.go:79:15: string(([]byte)("ab")) does not escape
./seed5009.go:79:22: ([]byte)("ab") does not escape
./seed5009.go:81:9: func literal escapes to heap
./seed5009.go:88:13: ... argument does not escape
./seed5009.go:88:14: &map[string]int{} escapes to heap
./seed5009.go:88:29: map[string]int{} escapes to heap
./seed5009.go:98:2: func literal escapes to heap:
./seed5009.go:98:2:   flow: {heap} = &{storage for func literal}:
./seed5009.go:98:2:     from func literal (spill) at ./seed5009.go:98:2
./seed5009.go:98:5: f2 capturing by value: .autotmp_6 (addr=false assign=false width=8)
./seed5009.go:98:31: f2 capturing by value: .autotmp_7 (addr=false assign=false width=8)
./seed5009.go:94:28: make([]int, len((*T)(nil).m)) escapes to heap:
./seed5009.go:94:28:   flow: {heap} = &{storage for make([]int, len((*T)(nil).m))}:
./seed5009.go:94:28:     from make([]int, len((*T)(nil).m)) (non-constant size) at ./seed5009.go:94:28
./seed5009.go:98:31: new(int) escapes to heap:
./seed5009.go:98:31:   flow: .autotmp_7 = &{storage for new(int)}:
./seed5009.go:98:31:     from new(int) (spill) at ./seed5009.go:98:31
./seed5009.go:98:31:     from .autotmp_7 = new(int) (assign) at ./seed5009.go:98:31
./seed5009.go:98:31:   flow: {storage for func literal} = .autotmp_7:
./seed5009.go:98:31:     from .autotmp_7 (captured by a closure) at ./seed5009.go:98:27
./seed5009.go:98:5: func literal escapes to heap:
./seed5009.go:98:5:   flow: .autotmp_6 = &{storage for func literal}:
./seed5009.go:98:5:     from func literal (spill) at ./seed5009.go:98:5
./seed5009.go:98:5:     from .autotmp_6 = func literal (assign) at ./seed5009.go:98:5
./seed5009.go:98:5:   flow: {storage for func literal} = .autotmp_6:
./seed5009.go:98:5:     from .autotmp_6 (captured by a closure) at ./seed5009.go:98:27
./seed5009.go:98:10: q does not escape
./seed5009.go:94:28: make([]int, len((*T)(nil).m)) escapes to heap
./seed5009.go:98:5: func literal escapes to heap
./seed5009.go:98:31: new(int) escapes to heap
./seed5009.go:99:23: new(int) does not escape
./seed5009.go:107:19: any(T{}) escapes to heap:
./seed5009.go:107:19:   flow: {temp} = &{storage for any(T{})}:
./seed5009.go:107:19:     from any(T{}) (spill) at ./seed5009.go:107:19
./seed5009.go:107:19:   flow: x17 = {temp}:
./seed5009.go:107:19:     from case string, []int: sink = x17 (switch case) at ./seed5009.go:112:2
./seed5009.go:107:19:   flow: {heap} = x17:
./seed5009.go:107:19:     from sink = x17 (assign) at ./seed5009.go:113:8
./seed5009.go:115:13: make([]int, 1) escapes to heap:
./seed5009.go:115:13:   flow: ~r0 = &{storage for make([]int, 1)}:
./seed5009.go:115:13:     from make([]int, 1) (spill) at ./seed5009.go:115:13
./seed5009.go:115:13:     from return make([]int, 1) (return) at ./seed5009.go:115:2
./seed5009.go:105:9: p0 does not escape
./seed5009.go:105:20: p1 does not escape
./seed5009.go:107:19: any(T{}) escapes to heap
./seed5009.go:115:13: make([]int, 1) escapes to heap
./seed5009.go:120:9: func literal does not escape
