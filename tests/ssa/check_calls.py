#!/usr/bin/env python3
"""check_calls.py — the runtime map entry points of minigo's lowered SSA,
function by function, against what gc 1.19 calls.

For each FILE.go:
  gc      `go tool compile -S -l` lists every function (`main.f STEXT ...`)
          and its calls (`CALL runtime.mapassign_faststr(SB)`);
  minigo  `minigo ssa FILE.go` prints each function after all passes, where
          every runtime entry point is an explicit StaticCall {runtime.X}.
Per function, the sets of map entry points (runtime.map*, makemap*) must be
equal. One difference is expected and allowed: gc keeps a small map that
does not escape on the stack and calls no makemap_small (it calls
runtime.fastrand for the hash seed instead); that is escape analysis's
decision, which minigo's SSA leaves to the next phase, so minigo's
makemap_small matches gc's fastrand.

gc's function names are minigo's with "main." in front (main.f,
main.(*T).m, main.f.func1, main.init). gc's generated functions (type..eq,
wrappers ending in -fm) are skipped.

Usage: check_calls.py [--minigo ./minigo] [--name NAME] FILE.go...
Closing line: `NAME: N passed, N failed` (one check per function).
Without `go` on PATH every file is reported as skipped and nothing fails.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

MAP_FN = re.compile(r'runtime\.(map(?:access|assign|delete|iterinit|iternext|clear)\w*|makemap\w*)')
GC_FUNC = re.compile(r'^(\S+) STEXT')
GC_CALL = re.compile(r'\bCALL\s+runtime\.(\w+)\(SB\)')
SSA_HEAD = re.compile(r'^(\S+) (?:method\(.*?\) )?func\(')
SSA_CALL = re.compile(r'\b(?:StaticCall|PureCall|Defer|Go) <[^>]*> \{runtime\.(\w+)\}')


def gc_calls(path):
    """{function: set of runtime functions called} from gc's assembly."""
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run(['go', 'tool', 'compile', '-S', '-l', '-p', 'main', '-o',
                            os.path.join(tmp, 'x.o'), os.path.abspath(path)],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=tmp)
    if p.returncode != 0:
        raise RuntimeError('go tool compile failed:\n' + p.stdout.decode(errors='replace'))
    funcs, cur = {}, None
    for line in p.stdout.decode(errors='replace').split('\n'):
        m = GC_FUNC.match(line)
        if m:
            name = m.group(1)
            cur = name[len('main.'):] if name.startswith('main.') else None
            if cur is not None and ('-fm' in cur or cur.startswith('type.')):
                cur = None
            if cur is not None:
                funcs.setdefault(cur, set())
            continue
        m = GC_CALL.search(line)
        if m and cur is not None:
            funcs[cur].add('runtime.' + m.group(1))
    return funcs


def minigo_calls(minigo, path):
    p = subprocess.run([minigo, 'ssa', path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise RuntimeError('minigo ssa failed:\n' + p.stderr.decode(errors='replace'))
    funcs, cur = {}, None
    for line in p.stdout.decode(errors='replace').split('\n'):
        m = SSA_HEAD.match(line)
        if m:
            cur = m.group(1)
            funcs.setdefault(cur, set())
            continue
        m = SSA_CALL.search(line)
        if m and cur is not None:
            funcs[cur].add('runtime.' + m.group(1))
    return funcs


def map_set(calls):
    return {c for c in calls if MAP_FN.search(c)}


def compare(name, ours, gcs):
    """None when they agree, else the difference as text."""
    a, g = map_set(ours), map_set(gcs)
    if 'runtime.makemap_small' in a and 'runtime.makemap_small' not in g and 'runtime.fastrand' in gcs:
        a = a - {'runtime.makemap_small'}  # gc put the small map on the stack
    if a == g:
        return None
    return '%s: minigo calls %s, gc calls %s (only minigo: %s; only gc: %s)' % (
        name, sorted(a), sorted(g), sorted(a - g), sorted(g - a))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default='./minigo')
    ap.add_argument('--name', default='ssa-calls')
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    minigo = os.path.abspath(args.minigo)
    if not shutil.which('go'):
        print('%s: go not found, the gc comparison is skipped' % args.name)
        print('%s: 0 passed, 0 failed' % args.name)
        return 0
    passed = failed = 0
    for path in args.files:
        try:
            ours, gcs = minigo_calls(minigo, path), gc_calls(path)
        except RuntimeError as e:
            print('FAIL %s: %s' % (path, e))
            failed += 1
            continue
        # gc wraps `defer delete(m, k)` and `go f(x)` in a literal of its own
        # (P.funcN); minigo's Defer names the runtime call in P itself
        for fn in sorted(gcs):
            parent = fn.rsplit('.func', 1)[0]
            if fn not in ours and '.func' in fn and parent in ours:
                gcs[parent] |= gcs.pop(fn)
        for fn in sorted(set(ours) | set(gcs)):
            if fn not in gcs:
                if map_set(ours.get(fn, set())):
                    print('FAIL %s: %s: no such function in gc\'s output' % (path, fn))
                    failed += 1
                continue
            if fn not in ours:
                if map_set(gcs[fn]):
                    print('FAIL %s: %s: missing from minigo ssa' % (path, fn))
                    failed += 1
                continue
            diff = compare(fn, ours[fn], gcs[fn])
            if diff:
                print('FAIL %s: %s' % (path, diff))
                failed += 1
            else:
                passed += 1
    print('%s: %d passed, %d failed' % (args.name, passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
