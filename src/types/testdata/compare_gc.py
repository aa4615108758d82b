#!/usr/bin/env python3
"""compare_gc.py — the type checker's differential test against gc 1.19.

For each .go file (default: every *.go next to this script), runs
`go tool compile -complete -p=main` and `minigo check` in the file's
directory and compares their complete outputs (gc prints `x.go:`, minigo
`./x.go:` as go build does; the prefix is normalised). These files are
mostly invalid programs chosen to exercise types2's messages, positions
and error order (including the 10-error cut-off). Exit status 1 if any
output differs; skipped (exit 0) when go is not installed.

Usage: compare_gc.py [--minigo PATH] [FILE...]
"""
import argparse
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default=os.path.join(os.path.dirname(__file__), '..', '..', '..', 'minigo'))
    ap.add_argument('files', nargs='*')
    args = ap.parse_args()
    if not shutil.which('go'):
        print('compare_gc: go not found, skipped')
        return 0
    files = args.files or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.go')))
    minigo = os.path.abspath(args.minigo)
    same = differ = 0
    for path in files:
        d, f = os.path.split(os.path.abspath(path))
        g = subprocess.run(['go', 'tool', 'compile', '-complete', '-p=main', '-o', os.devnull, f],
                           cwd=d, capture_output=True, text=True)
        m = subprocess.run([minigo, 'check', f], cwd=d, capture_output=True, text=True)
        gout = (g.stdout + g.stderr).strip()
        mout = re.sub(r'(^|\t)\./', r'\1', (m.stdout + m.stderr).strip(), flags=re.M)
        if gout == mout and (g.returncode == 0) == (m.returncode == 0):
            same += 1
            continue
        differ += 1
        print('=== %s (gc exit %d, minigo exit %d)' % (path, g.returncode, m.returncode))
        for line in difflib.unified_diff(gout.splitlines(), mout.splitlines(), 'gc', 'minigo', lineterm='', n=0):
            if not line.startswith('@@'):
                print(line)
    print('compare_gc: %d passed, %d failed' % (same, differ))
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main())
