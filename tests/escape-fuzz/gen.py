#!/usr/bin/env python3
"""gen.py — random small Go programs for the escape-analysis differential test.

Programs use the shapes escape analysis cares about: pointers to locals,
maps (literals, make, stores through pointers to maps), slices and append,
structs with pointer fields and methods (value and pointer receivers),
closures capturing locals (by value and by reference), interface
conversions (fmt.Println, `any` variables), variadic calls, go/defer,
loops (allocations that outlive an iteration), multiple results.

Every program type-checks: expressions are generated from the variables
in scope by type, and each declared variable is used (`_ = x`).
The same seed gives the same program (random.Random(seed)).

Usage: gen.py SEED [-o FILE]
"""
import random
import re
import sys

TYPES = ['int', '*int', 'string', '[]int', '[]*int', 'map[string]int',
         'map[string]*int', 'T', '*T', 'any', 'func() int', '[2]*int', '*map[string]int']
PTRY = ['*int', '[]*int', 'map[string]*int', '*T', 'any', '[]int', 'map[string]int', 'T', 'string',
        '*map[string]int']


class Fn:
    def __init__(self, name, params, results, recv=None):
        self.name = name
        self.params = params      # [(name, type)]
        self.results = results    # [type]
        self.recv = recv          # (name, type) or None


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.funcs = []
        self.methods = []
        self.out = []
        self.ind = 1
        self.nvar = 0
        self.depth = 0
        self.uses_fmt = False

    def pick(self, xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def fresh(self, base='v'):
        self.nvar += 1
        return '%s%d' % (base, self.nvar)

    def emit(self, s):
        self.out.append('\t' * self.ind + s)

    # ---- expressions of a type, from the variables in scope -------------------------
    def vars_of(self, scope, t):
        return [n for n, ty in scope if ty == t]

    def expr(self, scope, t, depth=0):
        vs = self.vars_of(scope, t)
        if vs and (depth > 1 or self.chance(0.45)):
            return self.pick(vs)
        if depth > 2:
            return self.leaf(scope, t)
        g = getattr(self, 'e_' + {
            'int': 'int', '*int': 'pint', 'string': 'string', '[]int': 'sint', '[]*int': 'spint',
            'map[string]int': 'mint', 'map[string]*int': 'mpint', 'T': 'T', '*T': 'pT',
            'any': 'any', 'func() int': 'fn', '[2]*int': 'arr', '*map[string]int': 'pmap'}[t])
        return g(scope, depth + 1)

    def leaf(self, scope, t):
        vs = self.vars_of(scope, t)
        if vs:
            return self.pick(vs)
        return {'int': '1', '*int': 'new(int)', 'string': '"s"', '[]int': '[]int(nil)', '[]*int': '[]*int(nil)',
                'map[string]int': 'map[string]int(nil)', 'map[string]*int': 'map[string]*int(nil)',
                'T': 'T{}', '*T': '(*T)(nil)', 'any': 'any(nil)', 'func() int': '(func() int)(nil)',
                '[2]*int': '[2]*int{}', '*map[string]int': '(*map[string]int)(nil)'}[t]

    def opnd(self, e):
        """e as the operand of a selector, index or unary operator."""
        return e if re.match(r'^[A-Za-z_][A-Za-z0-9_]*$', e) else '(' + e + ')'

    def call_returning(self, scope, t, depth):
        cands = [f for f in self.funcs if f.results and f.results[0] == t and f.recv is None]
        if not cands or self.depth > 0 and self.chance(0.5):
            return None
        f = self.pick(cands)
        args = ', '.join(self.expr(scope, pt, depth + 1) for _, pt in f.params)
        if len(f.results) > 1:
            return None
        return '%s(%s)' % (f.name, args)

    def e_int(self, scope, d):
        c = self.r.randint(0, 5)
        if c == 0:
            return str(self.r.randint(0, 9))
        if c == 1 and self.vars_of(scope, '*int'):
            return '*' + self.pick(self.vars_of(scope, '*int'))
        if c == 2:
            t = self.pick(['[]int', 'string', 'map[string]int'])
            e = self.expr(scope, t, d)
            return 'len(%s)' % e
        if c == 3:
            return '%s.a' % self.opnd(self.expr(scope, self.pick(['T', '*T']), d))
        if c == 4:
            return '%s + %s' % (self.opnd(self.expr(scope, 'int', d)), self.opnd(self.expr(scope, 'int', d)))
        return self.leaf(scope, 'int')

    def e_pint(self, scope, d):
        c = self.r.randint(0, 7)
        ints = self.vars_of(scope, 'int')
        if c <= 1 and ints:
            return '&' + self.pick(ints)
        if c == 2:
            return 'new(int)'
        if c == 3:
            return '%s.p' % self.opnd(self.expr(scope, self.pick(['T', '*T']), d))
        if c == 4 and self.vars_of(scope, '[]*int'):
            return '%s[0]' % self.pick(self.vars_of(scope, '[]*int'))
        if c == 5 and self.vars_of(scope, 'map[string]*int'):
            return '%s["k"]' % self.pick(self.vars_of(scope, 'map[string]*int'))
        if c == 6:
            call = self.call_returning(scope, '*int', d)
            if call:
                return call
        if c == 7 and self.vars_of(scope, '[2]*int'):
            return '%s[1]' % self.pick(self.vars_of(scope, '[2]*int'))
        return self.leaf(scope, '*int')

    def e_string(self, scope, d):
        c = self.r.randint(0, 4)
        if c == 0:
            return '"%s"' % self.pick(['a', 'b', 'xy'])
        if c == 1:
            return '%s + %s' % (self.expr(scope, 'string', d), self.expr(scope, 'string', d))
        if c == 2:
            self.uses_fmt = True
            return 'fmt.Sprint(%s)' % self.expr(scope, self.pick(PTRY), d)
        if c == 3:
            return 'string(%s)' % self.pick(['[]byte("ab")', '[]byte(%s)' % self.leaf(scope, 'string')])
        return self.leaf(scope, 'string')

    def e_sint(self, scope, d):
        c = self.r.randint(0, 5)
        if c == 0:
            return 'make([]int, %s)' % self.pick(['3', self.expr(scope, 'int', d)])
        if c == 1:
            return '[]int{%s}' % ', '.join(self.expr(scope, 'int', d) for _ in range(self.r.randint(0, 2)))
        if c == 2:
            return 'append(%s, %s)' % (self.expr(scope, '[]int', d), self.expr(scope, 'int', d))
        if c == 3:
            return '%s[1:]' % self.opnd(self.expr(scope, '[]int', d))
        if c == 4:
            return '%s.s' % self.opnd(self.expr(scope, self.pick(['T', '*T']), d))
        return self.leaf(scope, '[]int')

    def e_spint(self, scope, d):
        c = self.r.randint(0, 3)
        if c == 0:
            return '[]*int{%s}' % ', '.join(self.expr(scope, '*int', d) for _ in range(self.r.randint(0, 2)))
        if c == 1:
            return 'append(%s, %s)' % (self.expr(scope, '[]*int', d), self.expr(scope, '*int', d))
        if c == 2:
            return 'make([]*int, %s)' % self.pick(['2', '0, 4', self.expr(scope, 'int', d)])
        return self.leaf(scope, '[]*int')

    def e_mint(self, scope, d):
        c = self.r.randint(0, 4)
        if c == 0:
            return 'make(map[string]int)'
        if c == 1:
            return 'map[string]int{"a": %s}' % self.expr(scope, 'int', d)
        if c == 2:
            return '%s.m' % self.opnd(self.expr(scope, self.pick(['T', '*T']), d))
        if c == 3 and self.vars_of(scope, '*map[string]int'):
            return '*' + self.pick(self.vars_of(scope, '*map[string]int'))
        return self.leaf(scope, 'map[string]int')

    def e_mpint(self, scope, d):
        c = self.r.randint(0, 2)
        if c == 0:
            return 'make(map[string]*int, %s)' % self.pick(['1', self.expr(scope, 'int', d)])
        if c == 1:
            return 'map[string]*int{"k": %s}' % self.expr(scope, '*int', d)
        return self.leaf(scope, 'map[string]*int')

    def e_T(self, scope, d):
        c = self.r.randint(0, 3)
        if c == 0:
            return 'T{a: %s, p: %s}' % (self.expr(scope, 'int', d), self.expr(scope, '*int', d))
        if c == 1 and self.vars_of(scope, '*T'):
            return '*' + self.pick(self.vars_of(scope, '*T'))
        if c == 2:
            return 'T{m: %s}' % self.expr(scope, 'map[string]int', d)
        return self.leaf(scope, 'T')

    def e_pT(self, scope, d):
        c = self.r.randint(0, 4)
        if c == 0:
            return '&T{p: %s}' % self.expr(scope, '*int', d)
        if c == 1:
            return 'new(T)'
        if c == 2:
            return '%s.q' % self.opnd(self.expr(scope, self.pick(['T', '*T']), d))
        if c == 3:
            call = self.call_returning(scope, '*T', d)
            if call:
                return call
        ts = self.vars_of(scope, 'T')
        if ts and self.chance(0.5):
            return '&' + self.pick(ts)
        return self.leaf(scope, '*T')

    def e_any(self, scope, d):
        t = self.pick([x for x in PTRY if x != 'any'] + ['int'])
        return self.expr(scope, t, d)

    def e_fn(self, scope, d):
        if self.depth > 1:
            return self.leaf(scope, 'func() int')
        ints = self.vars_of(scope, 'int')
        pints = self.vars_of(scope, '*int')
        body = []
        if ints and self.chance(0.5):
            v = self.pick(ints)
            body.append('%s++' % v if self.chance(0.5) else '_ = %s' % v)
        if pints and self.chance(0.5):
            body.append('sink = %s' % self.pick(pints))
        ret = self.pick(ints) if ints else '0'
        body.append('return %s' % ret)
        return 'func() int { %s }' % '; '.join(body)

    def e_arr(self, scope, d):
        return '[2]*int{%s, %s}' % (self.expr(scope, '*int', d), self.expr(scope, '*int', d))

    def e_pmap(self, scope, d):
        ms = self.vars_of(scope, 'map[string]int')
        if ms and self.chance(0.7):
            return '&' + self.pick(ms)
        return '&map[string]int{}'

    # ---- statements ------------------------------------------------------------------
    def assignable(self, scope):
        return [(n, t) for n, t in scope if not n.startswith('_')]

    def extra_stmt(self, scope, fn, loopdepth):
        """More shapes: type switches, method values, slicing, switches,
        variadic and multi-value calls, defer/go closures, labels, comma-ok."""
        c = self.r.randint(0, 20)
        if c == 16:
            n, x = self.fresh('fv'), self.fresh()
            self.emit('%s := func(q *int) *int { return q }' % n)
            self.emit('%s := %s(%s)' % (x, n, self.expr(scope, '*int')))
            self.emit('_ = %s' % x)
            scope.append((x, '*int'))
            return
        if c == 17:
            ms = self.vars_of(scope, 'map[string]int')
            if ms and self.chance(0.5):
                self.emit('defer delete(%s, "a")' % self.pick(ms))
            else:
                self.emit('defer println(%s)' % self.expr(scope, self.pick(['int', '*int', 'string'])))
            return
        if c == 18 and self.methods:
            ts = self.vars_of(scope, '*T')
            if ts:
                m = self.pick(self.methods)
                args = ', '.join(self.expr(scope, pt) for _, pt in m.params)
                self.emit('%s %s.%s(%s)' % (self.pick(['go', 'defer']), self.pick(ts), m.name, args))
            return
        if c == 19:
            n = self.fresh()
            self.emit('%s := map[string]map[string]*int{"a": {"b": %s}}' % (n, self.expr(scope, '*int')))
            self.emit('glob = %s["a"]["b"]' % n)
            return
        if c == 20 and self.depth < 2:
            n = self.fresh('g')
            self.emit('%s := func() func() *int { return func() *int { return %s } }' % (n, self.expr(scope, '*int')))
            self.emit('glob = %s()()' % n)
            return
        if c == 13:
            n = self.fresh()
            self.emit('%s := getf()(%s)' % (n, self.expr(scope, '*int')))
            self.emit('_ = %s' % n)
            scope.append((n, '*int'))
            return
        if c == 14 and self.methods:
            m = self.pick(self.methods)
            args = ', '.join(self.expr(scope, pt) for _, pt in m.params)
            self.emit('mkT(%s).%s(%s)' % (self.expr(scope, '*int'), m.name, args))
            return
        if c == 15:
            n = self.fresh()
            self.emit('%s := []rune(%s)' % (n, self.pick(['"abc"', '""', self.expr(scope, 'string')])))
            self.emit('sink = len(%s) == len(string(%s))' % (n, n))
            return
        if c == 0:
            x = self.fresh('x')
            self.emit('switch %s := any(%s).(type) {' % (x, self.expr(scope, 'any')))
            self.emit('case *int:')
            self.emit('\tglob = %s' % x)
            self.emit('case T:')
            self.emit('\tsink = %s.p' % x)
            self.emit('case string, []int:')
            self.emit('\tsink = %s' % x)
            self.emit('}')
        elif c == 1 and self.methods:
            ts = self.vars_of(scope, '*T') + self.vars_of(scope, 'T')
            if ts:
                m = self.pick(self.methods)
                if m.recv[1] == 'T' or ts[0] in self.vars_of(scope, '*T') or self.chance(0.5):
                    self.emit('sink = %s.%s' % (self.pick(ts), m.name))
        elif c == 2:
            ss = self.vars_of(scope, '[]*int')
            if ss:
                a = self.pick(ss)
                n = self.fresh()
                self.emit('%s := %s[0:1:1]' % (n, a))
                self.emit('_ = copy(%s, %s)' % (n, self.expr(scope, '[]*int')))
                scope.append((n, '[]*int'))
        elif c == 3 and self.depth < 2:
            self.emit('switch %s {' % self.expr(scope, 'int'))
            self.emit('case 1, 2:')
            self.block(list(scope), fn, loopdepth)
            self.emit('default:')
            self.block(list(scope), fn, loopdepth)
            self.emit('}')
        elif c == 4:
            args = ', '.join(self.expr(scope, self.pick(PTRY + ['int'])) for _ in range(self.r.randint(0, 3)))
            self.emit('vany(%s)' % args)
        elif c == 5:
            ps = self.vars_of(scope, '*int')
            args = ', '.join(self.expr(scope, '*int') for _ in range(self.r.randint(0, 2)))
            n = self.fresh()
            self.emit('%s := vptr(%s)' % (n, args))
            self.emit('_ = %s' % n)
            scope.append((n, '*int'))
        elif c == 6:
            n = self.fresh()
            self.emit('%s := take2(pair(%s))' % (n, self.expr(scope, '*int')))
            self.emit('_ = %s' % n)
            scope.append((n, '*int'))
        elif c == 7 and self.depth < 2:
            kw = self.pick(['defer', 'go'])
            ps = self.vars_of(scope, '*int') + self.vars_of(scope, 'int')
            body = []
            for v in ps[:2]:
                body.append('_ = %s' % v)
            if self.vars_of(scope, 'int') and self.chance(0.5):
                body.append('%s++' % self.pick(self.vars_of(scope, 'int')))
            self.emit('%s func(q *int) { %s }(%s)' % (kw, '; '.join(body + ['_ = q']), self.expr(scope, '*int')))
        elif c == 8 and self.depth < 2:
            lbl = self.fresh('L')
            i = self.fresh('i')
            self.emit('%s:' % lbl)
            self.emit('for %s := 0; %s < 3; %s++ {' % (i, i, i))
            self.emit('\tif %s == 1 {' % i)
            self.emit('\t\tcontinue %s' % lbl)
            self.emit('\t}')
            self.block(list(scope) + [(i, 'int')], fn, loopdepth + 1)
            self.emit('\tbreak %s' % lbl)
            self.emit('}')
        elif c == 9:
            ms = self.vars_of(scope, 'map[string]*int')
            if ms:
                v, ok = self.fresh(), self.fresh('ok')
                self.emit('if %s, %s := %s["a"]; %s {' % (v, ok, self.pick(ms), ok))
                self.emit('\tglob = %s' % v)
                self.emit('}')
        elif c == 10:
            self.emit('if sink == (%s) {' % self.expr(scope, self.pick(['int', 'string', '*int', '*T'])))
            self.emit('\tsink = nil')
            self.emit('}')
        elif c == 11:
            n = self.fresh()
            self.emit('%s := %s + %s' % (n, self.expr(scope, 'string'), self.expr(scope, 'string')))
            b = self.fresh()
            self.emit('%s := []byte(%s)' % (b, n))
            self.emit('sink = string(%s[1:])' % b)
            scope.append((n, 'string'))
        else:
            ts = self.vars_of(scope, '*T')
            if ts:
                n = self.fresh()
                self.emit('%s := *%s' % (n, self.pick(ts)))
                self.emit('glob = %s.p' % n)
                scope.append((n, 'T'))

    def stmt(self, scope, fn, loopdepth):
        if self.chance(0.25):
            self.extra_stmt(scope, fn, loopdepth)
            return
        c = self.r.randint(0, 21)
        if c <= 4:  # new variable
            t = self.pick(TYPES)
            name = self.fresh()
            self.emit('%s := %s' % (name, self.expr(scope, t)))
            self.emit('_ = %s' % name)
            scope.append((name, t))
        elif c == 5:
            vs = self.assignable(scope)
            if vs:
                n, t = self.pick(vs)
                self.emit('%s = %s' % (n, self.expr(scope, t)))
        elif c == 6:
            ms = self.vars_of(scope, 'map[string]*int')
            if ms:
                self.emit('%s["%s"] = %s' % (self.pick(ms), self.pick(['a', 'b']), self.expr(scope, '*int')))
            else:
                ms = self.vars_of(scope, 'map[string]int')
                if ms:
                    self.emit('%s[%s] = %s' % (self.pick(ms), self.expr(scope, 'string'), self.expr(scope, 'int')))
        elif c == 7:
            ps = self.vars_of(scope, '*map[string]int')
            if ps:
                p = self.pick(ps)
                if self.chance(0.5):
                    self.emit('(*%s)[%s] = %s' % (p, self.expr(scope, 'string'), self.expr(scope, 'int')))
                else:
                    self.emit('*%s = %s' % (p, self.expr(scope, 'map[string]int')))
        elif c == 8:
            ts = self.vars_of(scope, '*T') + self.vars_of(scope, 'T')
            if ts:
                f = self.pick(['p', 'q', 's', 'm'])
                ty = {'p': '*int', 'q': '*T', 's': '[]int', 'm': 'map[string]int'}[f]
                self.emit('%s.%s = %s' % (self.pick(ts), f, self.expr(scope, ty)))
        elif c == 9:
            self.uses_fmt = True
            args = ', '.join(self.expr(scope, self.pick(PTRY + ['int'])) for _ in range(self.r.randint(1, 3)))
            self.emit('fmt.Println(%s)' % args)
        elif c == 10:
            self.emit('sink = %s' % self.expr(scope, self.pick(PTRY)))
        elif c == 11 and self.depth < 2:
            self.emit('if %s > %s {' % (self.opnd(self.expr(scope, 'int')), self.opnd(self.expr(scope, 'int'))))
            self.block(list(scope), fn, loopdepth)
            if self.chance(0.4):
                self.emit('} else {')
                self.block(list(scope), fn, loopdepth)
            self.emit('}')
        elif c == 12 and self.depth < 2:
            i = self.fresh('i')
            self.emit('for %s := 0; %s < 2; %s++ {' % (i, i, i))
            self.block(list(scope) + [(i, 'int')], fn, loopdepth + 1)
            self.emit('}')
        elif c == 13 and self.depth < 2:
            src = self.pick(['[]int', '[]*int', 'map[string]int', 'map[string]*int'])
            k, v = self.fresh('k'), self.fresh('e')
            kt = 'string' if src.startswith('map') else 'int'
            vt = src[src.index(']') + 1:]
            self.emit('for %s, %s := range %s {' % (k, v, self.expr(scope, src)))
            self.emit('\t_, _ = %s, %s' % (k, v))
            self.block(list(scope) + [(k, kt), (v, vt)], fn, loopdepth + 1)
            self.emit('}')
        elif c == 14:
            cands = [f for f in self.funcs if f.recv is None and f is not fn]
            if cands:
                f = self.pick(cands)
                args = ', '.join(self.expr(scope, pt) for _, pt in f.params)
                if len(f.results) >= 2:
                    names = [self.fresh() for _ in f.results]
                    self.emit('%s := %s(%s)' % (', '.join(names), f.name, args))
                    self.emit('_, _ = %s' % ', '.join(names))
                    scope.extend(zip(names, f.results))
                elif f.results:
                    n = self.fresh()
                    self.emit('%s := %s(%s)' % (n, f.name, args))
                    self.emit('_ = %s' % n)
                    scope.append((n, f.results[0]))
                else:
                    self.emit('%s(%s)' % (f.name, args))
        elif c == 15:
            ts = self.vars_of(scope, '*T') + self.vars_of(scope, 'T')
            if ts and self.methods:
                m = self.pick(self.methods)
                args = ', '.join(self.expr(scope, pt) for _, pt in m.params)
                self.emit('%s.%s(%s)' % (self.pick(ts), m.name, args))
        elif c == 16 and self.depth < 2:
            n = self.fresh('f')
            self.emit('%s := func() {' % n)
            self.ind += 1
            self.depth += 1
            inner = list(scope)
            for _ in range(self.r.randint(1, 3)):
                self.stmt(inner, fn, 1)
            self.depth -= 1
            self.ind -= 1
            self.emit('}')
            self.emit('%s()' % n if self.chance(0.7) else 'sinkf = %s' % n)
        elif c == 17:
            ps = self.vars_of(scope, '[]*int')
            if ps:
                p = self.pick(ps)
                self.emit('%s = append(%s, %s)' % (p, p, self.expr(scope, '*int')))
        elif c == 18:
            cands = [f for f in self.funcs if f.recv is None and not f.results and f is not fn]
            if cands:
                f = self.pick(cands)
                args = ', '.join(self.expr(scope, pt) for _, pt in f.params)
                self.emit('%s %s(%s)' % (self.pick(['defer', 'go']), f.name, args))
        elif c == 19:
            ps = self.vars_of(scope, '*int')
            if ps:
                self.emit('glob = %s' % self.pick(ps))
        elif c == 20:
            ps = self.vars_of(scope, '*int')
            if ps:
                self.emit('*%s = %s' % (self.pick(ps), self.expr(scope, 'int')))
        else:
            ms = self.vars_of(scope, 'map[string]int')
            if ms:
                v, ok = self.fresh(), self.fresh('ok')
                self.emit('%s, %s := %s["a"]' % (v, ok, self.pick(ms)))
                self.emit('_, _ = %s, %s' % (v, ok))
                scope.append((v, 'int'))

    def block(self, scope, fn, loopdepth):
        self.ind += 1
        self.depth += 1
        for _ in range(self.r.randint(1, 3)):
            self.stmt(scope, fn, loopdepth)
        self.depth -= 1
        self.ind -= 1

    def func(self, fn):
        params = ', '.join('%s %s' % (n, t) for n, t in fn.params)
        res = ''
        if len(fn.results) == 1:
            res = ' ' + fn.results[0]
        elif fn.results:
            res = ' (' + ', '.join(fn.results) + ')'
        recv = '(%s %s) ' % fn.recv if fn.recv else ''
        self.out.append('func %s%s(%s)%s {' % (recv, fn.name, params, res))
        scope = list(fn.params)
        if fn.recv:
            scope.append(fn.recv)
        self.ind = 1
        for _ in range(self.r.randint(2, 7)):
            self.stmt(scope, fn, 1)
        if fn.results:
            self.emit('return ' + ', '.join(self.expr(scope, t) for t in fn.results))
        self.out.append('}')
        self.out.append('')

    def program(self):
        nf = self.r.randint(2, 5)
        for i in range(nf):
            params = [('p%d' % j, self.pick(TYPES)) for j in range(self.r.randint(0, 3))]
            results = [self.pick(PTRY + ['int']) for _ in range(self.pick([0, 1, 1, 1, 2]))]
            self.funcs.append(Fn('f%d' % i, params, results))
        for i in range(self.r.randint(0, 2)):
            params = [('a%d' % j, self.pick(TYPES)) for j in range(self.r.randint(0, 2))]
            results = [self.pick(['*int', 'int', 'map[string]int'])] if self.chance(0.6) else []
            recv = ('t', self.pick(['T', '*T']))
            self.methods.append(Fn('M%d' % i, params, results, recv))
        body = []
        for f in self.methods + self.funcs:
            self.out = []
            self.func(f)
            body.extend(self.out)
        self.out = []
        mainf = Fn('main', [], [])
        self.func(mainf)
        body.extend(self.out)
        head = ['package main', '']
        if self.uses_fmt:
            head += ['import "fmt"', '']
        head += ['type T struct {', '\ta int', '\tp *int', '\tq *T', '\ts []int', '\tm map[string]int', '}', '',
                 'var glob *int', 'var sink any', 'var sinkf func()', '',
                 'func pair(p *int) (*int, *int) { return p, new(int) }', '',
                 'func take2(a, b *int) *int {', '\tif a != nil {', '\t\treturn a', '\t}', '\treturn b', '}', '',
                 'func vany(xs ...any) {', '\tif len(xs) > %d {' % self.r.randint(1, 3), '\t\tsink = xs[0]', '\t}', '}', '',
                 'func getf() func(*int) *int {', '\treturn func(p *int) *int { return p }', '}', '',
                 'func mkT(p *int) *T { return &T{p: p} }', '',
                 'func vptr(xs ...*int) *int {', '\tif len(xs) > 0 {', '\t\treturn xs[0]', '\t}', '\treturn nil', '}', '']
        return '\n'.join(head + body) + '\n'


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    seed = int(args[0])
    out = None
    if '-o' in args:
        out = args[args.index('-o') + 1]
    src = Gen(seed).program()
    if out:
        with open(out, 'w') as f:
            f.write(src)
    else:
        sys.stdout.write(src)


if __name__ == '__main__':
    main()
