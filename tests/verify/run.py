#!/usr/bin/env python3
"""run.py — `minigo build -verify-escape` (issue 7) on the escape test programs.

Every escape decision is checked against the LLVM IR minigo emits (stack: an
alloca or no allocation at all; heap: a runtime allocation call). Checked here:

- every given file that is a buildable program (package main with func main)
  builds with `-verify-escape -v`, optimised and with -N: exit 0 and the one
  summary line "verify-escape: ... 0 mismatches" on stderr;
- the checker can fail: with MINIGO_VERIFY_ESCAPE_FLIP=1 codegen flips one
  decision, and the build must exit 1 with a `FILE:LINE:COL: escape says X
  but IR has Y` line (optimised and -N); without -verify-escape the knob
  does nothing;
- the same flip checks and one clean build under the ASan+UBSan build.

(tests/run.mk adds -verify-escape to every test-run / test-run-N build too.)

    run.py --minigo ./minigo [--debug build/debug/minigo] FILES...

Closing line: `verify-escape: N passed, N failed`.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

SUMMARY = re.compile(r'^verify-escape: \d+ decisions, \d+ tagged allocation sites in the IR, 0 mismatches$')
MISMATCH = re.compile(r'^\S+\.go:\d+:\d+: escape says .+ but IR has .+$')
FLIP_FILES = ['examples/maps.go', 'tests/escape2/closures.go']


def is_program(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        src = f.read()
    return re.search(r'^package main\b', src, re.M) and re.search(r'^func main\(\)', src, re.M)


def build(minigo, path, flags, tmp, env=None):
    exe = os.path.join(tmp, os.path.basename(path)[:-3] + '-' + '-'.join(f.strip('-') for f in flags))
    e = dict(os.environ)
    e.pop('MINIGO_VERIFY_ESCAPE_FLIP', None)
    e.update(env or {})
    p = subprocess.run([minigo, 'build'] + flags + ['-o', exe, path], capture_output=True, timeout=300, env=e)
    if os.path.exists(exe):
        os.unlink(exe)
    return p.returncode, p.stderr.decode('utf-8', 'replace')


def check_clean(minigo, path, flags, tmp):
    rc, err = build(minigo, path, ['-verify-escape', '-v'] + flags, tmp)
    lines = err.strip().split('\n')
    if rc != 0 or len(lines) != 1 or not SUMMARY.match(lines[0]):
        return '%s %s: exit %d\n%s' % (path, ' '.join(flags), rc, err.strip()[:800])
    return None


def check_flip(minigo, path, flags, tmp):
    rc, err = build(minigo, path, ['-verify-escape'] + flags, tmp, {'MINIGO_VERIFY_ESCAPE_FLIP': '1'})
    lines = [l for l in err.strip().split('\n') if l]
    if rc != 1 or not lines or not all(MISMATCH.match(l) for l in lines):
        return '%s %s: a flipped decision must be reported with exit 1; got exit %d\n%s' % (
            path, ' '.join(flags), rc, err.strip()[:800])
    rc, err = build(minigo, path, flags, tmp, {'MINIGO_VERIFY_ESCAPE_FLIP': '1'})
    if rc != 0:
        return '%s: without -verify-escape the flip knob must do nothing; exit %d\n%s' % (path, rc, err[:400])
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--minigo', default='./minigo')
    ap.add_argument('--debug')
    ap.add_argument('-j', type=int, default=2)
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix='minigo-verify')
    jobs = []
    for path in sorted(args.files):
        if is_program(path):
            jobs += [(check_clean, args.minigo, path, []), (check_clean, args.minigo, path, ['-N'])]
    for path in FLIP_FILES:
        jobs += [(check_flip, args.minigo, path, []), (check_flip, args.minigo, path, ['-N'])]
    if args.debug:
        jobs += [(check_clean, args.debug, FLIP_FILES[0], []), (check_flip, args.debug, FLIP_FILES[1], ['-N'])]
    passed = failed = 0
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as ex:
            for problem in ex.map(lambda j: j[0](j[1], j[2], j[3], tmp), jobs):
                if problem:
                    failed += 1
                    print('FAIL ' + problem)
                else:
                    passed += 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print('verify-escape: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
