#!/usr/bin/env python3
"""compare_gc.py — the type checker's whole-output test against gc 1.19.

Each .go file here is (mostly) an invalid program chosen to exercise
types2's messages, positions, continuation lines, error order and the
10-error cut-off. NAME.out holds gc's complete output for it (`go tool
compile -complete -p=main`, paths as `x.go:`); `minigo check`'s output must
equal it exactly (minigo prints `./x.go:` as go build does; the prefix is
normalised). tests/errors holds one regexp per expected message; this
holds the whole text, in gc's order.

Where go is installed each NAME.out is re-checked against gc first (a
stale expectation is a failure); without go only minigo is compared.
--regen rewrites every NAME.out from gc (never from minigo).

Usage: compare_gc.py [--minigo PATH] [--name NAME] [--regen] [FILE...]
Closing line: `NAME: N passed, N failed`.
"""
import argparse
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run_gc(path):
    d, f = os.path.split(os.path.abspath(path))
    # never -o /dev/null: gc deletes its output file on error
    with tempfile.TemporaryDirectory() as tmp:
        g = subprocess.run(['go', 'tool', 'compile', '-complete', '-p=main', '-o',
                            os.path.join(tmp, 'out.o'), f], cwd=d, capture_output=True, text=True)
    return (g.stdout + g.stderr).strip(), g.returncode


def run_minigo(minigo, path):
    d, f = os.path.split(os.path.abspath(path))
    m = subprocess.run([minigo, 'check', f], cwd=d, capture_output=True, text=True)
    out = re.sub(r'(^|\t)\./', r'\1', (m.stdout + m.stderr).strip(), flags=re.M)
    return out, m.returncode


def diff(a, b, an, bn):
    return '\n'.join(l for l in difflib.unified_diff(a.splitlines(), b.splitlines(), an, bn,
                                                      lineterm='', n=0) if not l.startswith('@@'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default=os.path.join(HERE, '..', '..', '..', 'minigo'))
    ap.add_argument('--name', default='types-gc')
    ap.add_argument('--regen', action='store_true')
    ap.add_argument('files', nargs='*')
    args = ap.parse_args()
    have_go = shutil.which('go') is not None
    files = args.files or sorted(glob.glob(os.path.join(HERE, '*.go')))
    if args.regen:
        if not have_go:
            print('%s: --regen needs go' % args.name)
            return 1
        for path in files:
            out, _ = run_gc(path)
            with open(path[:-3] + '.out', 'w') as f:
                f.write(out + '\n' if out else '')
        print('%s: %d expectations written from gc' % (args.name, len(files)))
        return 0
    if not have_go:
        print('%s: go not found, the gc re-check is skipped' % args.name)
    minigo = os.path.abspath(args.minigo)
    passed = failed = 0
    for path in files:
        try:
            with open(path[:-3] + '.out') as f:
                want = f.read().strip()
        except OSError:
            print('FAIL %s: no %s (make it with --regen)' % (path, os.path.basename(path[:-3] + '.out')))
            failed += 1
            continue
        problems = []
        if have_go:
            got, _ = run_gc(path)
            if got != want:
                problems.append('gc no longer prints the expected output:\n' + diff(want, got, 'expected', 'gc'))
        got, rc = run_minigo(minigo, path)
        if got != want or (rc == 0) != (want == ''):
            problems.append('minigo (exit %d):\n%s' % (rc, diff(want, got, 'expected', 'minigo')))
        if problems:
            failed += 1
            print('FAIL %s: %s' % (path, '\n'.join(problems)))
        else:
            passed += 1
    print('%s: %d passed, %d failed' % (args.name, passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
