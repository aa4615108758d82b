#!/usr/bin/env python3
"""syntax_agree.py — how often minigo's syntax errors agree with gc's.

Breaks valid Go files at random (token-level: delete, duplicate, replace
one to three tokens, or cut the file), keeps the mutants gc rejects with a
syntax error, and compares the whole output of `minigo check` with gc's
(`go tool compile -complete -p=main`): first error, and every follow-on
error. Prints the agreement figures and, with -v, the differing outputs.

Usage: syntax_agree.py [--minigo ./minigo] [--n 300] [--seed 1] [-v] FILE...
"""
import argparse
import concurrent.futures
import os
import random
import re
import subprocess
import sys
import tempfile

TOKEN_RX = re.compile(rb'[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9A-Za-z_.]*|"(?:[^"\\\n]|\\.)*"|'
                      rb'`[^`]*`|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*|/\*.*?\*/|'
                      rb'<<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|[-+*/%&|^<>]=|&\^|<<|>>|'
                      rb'\S', re.S)
POOL = [b'{', b'}', b'(', b')', b'[', b']', b';', b',', b':', b'=', b':=', b'.', b'func', b'if',
        b'for', b'var', b'type', b'return', b'x', b'1', b'"s"', b'else', b'case', b'*', b'+', b'\n']


def spans(data):
    return [m.span() for m in TOKEN_RX.finditer(data) if not data[m.start():m.end()].startswith(b'/')]


NASTY = b'{}()[]"\'`/*\\\n\t;:,.=<>!&|^+-_0x1e'


def mutate(data, rng):
    kind = rng.randrange(5)
    if kind == 4:  # bytes overwritten, lexical errors included
        b = bytearray(data)
        for _ in range(rng.randint(1, 3)):
            b[rng.randrange(len(b))] = rng.choice(NASTY)
        return bytes(b)
    for _ in range(rng.randint(1, 2)):
        sp = spans(data)
        if not sp:
            break
        s, e = sp[rng.randrange(len(sp))]
        if kind == 0:
            data = data[:s] + data[e:]
        elif kind == 1:
            t, _ = sp[rng.randrange(len(sp))]
            data = data[:t] + data[s:e] + b' ' + data[t:]
        elif kind == 2:
            data = data[:s] + rng.choice(POOL) + data[e:]
        else:
            data = data[:s] + rng.choice(POOL) + b' ' + data[s:]
    return data


def run(argv, cwd):
    p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=20)
    out = p.stdout.decode('utf-8', 'replace')
    return re.sub(r'(^|\t)\./', r'\1', out, flags=re.M).strip()


def compare(item, minigo):
    name, data = item
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'x.go'), 'wb') as f:
            f.write(data)
        g = run(['go', 'tool', 'compile', '-complete', '-p=main', '-o', os.path.join(d, 'x.o'), 'x.go'], d)
        if 'syntax error' not in g:
            return name, None, None, data
        m = run([minigo, 'check', 'x.go'], d)
        return name, g, m, data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default='./minigo')
    ap.add_argument('--n', type=int, default=300)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--keep', help='write differing mutants here')
    ap.add_argument('-v', action='store_true')
    ap.add_argument('-j', type=int, default=2)
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    minigo = os.path.abspath(args.minigo)
    rng = random.Random(args.seed)
    sources = [(os.path.basename(p), open(p, 'rb').read()) for p in sorted(args.files)]
    items = []
    for i in range(args.n):
        base, data = sources[rng.randrange(len(sources))]
        items.append(('%s-%d' % (base[:-3], i), mutate(data, rng)))
    total = first = full = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        for name, g, m, data in pool.map(lambda it: compare(it, minigo), items):
            if g is None:
                continue
            total += 1
            gl, ml = g.split('\n'), m.split('\n')
            if gl[0] == ml[0]:
                first += 1
            if g == m:
                full += 1
                continue
            if args.keep:
                os.makedirs(args.keep, exist_ok=True)
                with open(os.path.join(args.keep, name + '.go'), 'wb') as f:
                    f.write(data)
            if args.v:
                print('=== %s' % name)
                print('--- gc\n%s\n--- minigo\n%s' % (g, m))
    if total:
        print('syntax_agree: %d mutants with syntax errors; first error agrees %d (%.1f%%), '
              'whole output %d (%.1f%%)' % (total, first, 100.0 * first / total, full, 100.0 * full / total))
    return 0


if __name__ == '__main__':
    sys.exit(main())
