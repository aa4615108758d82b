#!/usr/bin/env python3
"""build_mutate.py — mutation smoke test of the whole pipeline: valid
programs, mutated so that most stay valid, go through `minigo build` (the
ASan+UBSan build in `make test`) and the executables run.

Mutations swap one token for another of its kind, deterministically from a
seed: integer literals (0 1 2 7 -1 ...), arithmetic and comparison
operators, && and ||, true and false. A mutant that `minigo check` rejects
must be rejected in the file:line:col form (mutate.py covers that in depth)
and is otherwise skipped. For a mutant that checks, a run passes when
  - `minigo build` exits 0 with no sanitizer report and no internal error
    (the LLVM module verifies, linking succeeds);
  - the executable exits (any status: a mutant may panic) within the time
    limit or is stopped at it, and is not killed by a signal other than
    ours: SIGSEGV from a nil dereference or SIGFPE from a division would be
    a missing check in the generated code. (Deep recursion is the
    exception Go also dies of; mutants that recurse without end are
    stopped by the time limit.)
Usage: build_mutate.py --minigo build/debug/minigo [--seed N] [--per-file N] FILE...
Closing line: `smoke-build: N passed, N failed`.
"""
import argparse
import concurrent.futures
import os
import random
import re
import subprocess
import sys
import tempfile

SANITIZER_RX = re.compile(r'AddressSanitizer|UndefinedBehaviorSanitizer|runtime error:|==\d+==ERROR')
CLASSES = [
    [b'0', b'1', b'2', b'3', b'7', b'100'],
    [b'+', b'-', b'*'],
    [b'<', b'<=', b'>', b'>='],
    [b'==', b'!='],
    [b'&&', b'||'],
    [b'true', b'false'],
]
TOKEN_RX = re.compile(rb'"(?:[^"\\\n]|\\.)*"|`[^`]*`|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*|'
                      rb'[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9A-Za-z_.]*|&&|\|\||<=|>=|==|!=|<<|>>|[-+*<>]')


def mutant(data, rng):
    spans = []
    for m in TOKEN_RX.finditer(data):
        tok = m.group(0)
        for cls in CLASSES:
            if tok in cls:
                spans.append((m.start(), m.end(), cls))
                break
    if not spans:
        return data
    for _ in range(rng.choice([1, 1, 2])):
        s, e, cls = rng.choice(spans)
        tok = data[s:e]
        if tok != data[s:e]:
            continue
        new = rng.choice([c for c in cls if c != tok])
        data = data[:s] + new + data[e:]
        delta = len(new) - len(tok)
        spans = [(a + (delta if a > s else 0), b + (delta if b > s else 0), c) for a, b, c in spans if a != s]
        if not spans:
            break
    return data


def env():
    e = dict(os.environ)
    e.setdefault('ASAN_OPTIONS', 'detect_leaks=0:abort_on_error=0')
    e.setdefault('UBSAN_OPTIONS', 'print_stacktrace=1:halt_on_error=1')
    return e


def one(args, name, data, tmp):
    d = os.path.abspath(tempfile.mkdtemp(dir=tmp))
    src = os.path.join(d, 'mutant.go')
    with open(src, 'wb') as f:
        f.write(data)
    p = subprocess.run([args.minigo, 'check', src], capture_output=True, env=env(), timeout=60)
    if p.returncode != 0:
        return 'skip'
    exe = os.path.join(d, 'mutant')
    try:
        p = subprocess.run([args.minigo, 'build', '-o', exe, src], capture_output=True, env=env(), timeout=120)
    except subprocess.TimeoutExpired:
        return keep(args, name, data, 'minigo build timed out')
    out = p.stderr.decode('utf-8', 'replace')
    if p.returncode != 0 or SANITIZER_RX.search(out):
        return keep(args, name, data, 'minigo build exit %d: %s' % (p.returncode, out[:600]))
    try:
        r = subprocess.run([exe], capture_output=True, timeout=args.time_limit, cwd=d)
        if r.returncode < 0:
            return keep(args, name, data, 'executable killed by signal %d' % -r.returncode)
    except subprocess.TimeoutExpired:
        pass
    return None


def keep(args, name, data, why):
    fd = os.path.join(args.out, 'failures')
    os.makedirs(fd, exist_ok=True)
    path = os.path.join(fd, name + '.go')
    with open(path, 'wb') as f:
        f.write(data)
    return '%s: %s\n  reproduce: %s build %s' % (name, why, args.minigo, path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default='build/debug/minigo')
    ap.add_argument('--seed', type=int, default=20261126)
    ap.add_argument('--per-file', type=int, default=3)
    ap.add_argument('--time-limit', type=float, default=3.0)
    ap.add_argument('--out', default='build/smoke-build')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 4)
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    rng = random.Random(args.seed)
    items = []
    for path in sorted(args.files):
        with open(path, 'rb') as f:
            data = f.read()
        base = os.path.basename(path)[:-3]
        for i in range(args.per_file):
            items.append(('%s-%d' % (base, i), mutant(data, rng)))
    os.makedirs(args.out, exist_ok=True)
    passed = failed = skipped = 0
    with tempfile.TemporaryDirectory(dir=args.out) as tmp:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as ex:
            for r in ex.map(lambda it: one(args, it[0], it[1], tmp), items):
                if r == 'skip':
                    skipped += 1
                    passed += 1
                elif r:
                    failed += 1
                    print(r)
                else:
                    passed += 1
    print('(%d mutants did not type-check and were only checked)' % skipped)
    print('smoke-build: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
