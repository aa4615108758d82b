#!/usr/bin/env python3
"""run.py — tests/escape2: `minigo escape -m=2` must print exactly what gc prints.

For each NAME.go, NAME.out holds gc 1.19's `go tool compile -m=2 -l -p=main`
output with file names in the ./NAME.go form `go build` uses (and minigo
prints). A test passes when minigo's output equals NAME.out byte for byte
and, where go is installed, NAME.out still equals gc's output.

    run.py --minigo ./minigo tests/escape2/*.go     check
    run.py --regen tests/escape2/*.go                rewrite the .out files from gc

Closing line: `escape2: N passed, N failed`.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def gc_output(path):
    d = tempfile.mkdtemp(prefix='esc2')
    try:
        p = subprocess.run(['go', 'tool', 'compile', '-m=2', '-l', '-p=main', '-o', os.path.join(d, 'o.o'),
                            os.path.basename(path)], cwd=os.path.dirname(os.path.abspath(path)),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    finally:
        for f in os.listdir(d):
            os.unlink(os.path.join(d, f))
        os.rmdir(d)
    out = p.stdout.decode()
    base = re.escape(os.path.basename(path))
    out = re.sub(r'(?m)^(%s:)' % base, r'./\1', out)
    out = re.sub(r' at (%s:)' % base, r' at ./\1', out)
    return p.returncode, out


def have_go():
    try:
        return subprocess.run(['go', 'version'], stdout=subprocess.PIPE, stderr=subprocess.PIPE).returncode == 0
    except OSError:
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--minigo')
    ap.add_argument('--regen', action='store_true')
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    go = have_go()
    passed = failed = 0
    for path in sorted(args.files):
        exp = path[:-3] + '.out'
        if args.regen:
            rc, out = gc_output(path)
            if rc != 0:
                print('FAIL %s: gc fails:\n%s' % (path, out))
                failed += 1
                continue
            with open(exp, 'w') as f:
                f.write(out)
            passed += 1
            continue
        with open(exp) as f:
            want = f.read()
        problems = []
        if go:
            rc, out = gc_output(path)
            if out != want:
                problems.append('%s is stale: gc now prints something else (make regen-escape2)' % exp)
        p = subprocess.run([os.path.abspath(args.minigo), 'escape', '-m=2', '-l', os.path.basename(path)],
                           cwd=os.path.dirname(os.path.abspath(path)),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        got = p.stdout.decode('utf-8', 'replace')
        if p.returncode != 0:
            problems.append('minigo exit status %d' % p.returncode)
        if got != want:
            wl, gl = want.split('\n'), got.split('\n')
            for i in range(max(len(wl), len(gl))):
                a = wl[i] if i < len(wl) else '<end>'
                b = gl[i] if i < len(gl) else '<end>'
                if a != b:
                    problems.append('first difference at line %d:\n\tgc:     %s\n\tminigo: %s' % (i + 1, a, b))
                    break
        if problems:
            failed += 1
            print('FAIL %s: %s' % (path, '\n'.join(problems)))
        else:
            passed += 1
    if not go and not args.regen:
        print('escape2: go not found, the gc re-check is skipped')
    print('escape2: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
