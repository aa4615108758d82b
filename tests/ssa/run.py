#!/usr/bin/env python3
"""run.py — minigo's SSA test suites.

  golden   tests/ssa/NAME.go against NAME.ssa: `minigo ssa NAME.go` must
           print exactly the reviewed dump (after all passes). --update
           rewrites the .ssa files; review every change by hand before
           keeping it (these are minigo's own format: gc cannot check them;
           check_calls.py checks their runtime calls against gc).
  verify   every .go file given: if `minigo check` accepts it,
           `minigo ssa -check` must succeed (the verifier runs after
           construction and after every pass); if `minigo check` rejects it,
           `minigo ssa` must stop in the front end with exactly the same
           messages and exit status 1.

Usage: run.py golden [--update] [--minigo M] FILE.go...
       run.py verify [--minigo M] FILE.go...
Closing line: `NAME: N passed, N failed` (NAME: ssa-golden, ssa-verify).
"""
import argparse
import difflib
import os
import subprocess
import sys

SANITIZER = ('AddressSanitizer', 'UndefinedBehaviorSanitizer', 'runtime error:')


def run(argv, timeout=60):
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return None, '', 'timed out after %ds' % timeout


def golden(args):
    passed = failed = 0
    for path in args.files:
        want_path = path[:-3] + '.ssa'
        rc, out, err = run([args.minigo, 'ssa', '-check', path])
        if rc != 0:
            print('FAIL %s: minigo ssa exited %s\n%s' % (path, rc, err[:2000]))
            failed += 1
            continue
        if args.update:
            with open(want_path, 'w') as f:
                f.write(out)
            print('wrote %s' % want_path)
            passed += 1
            continue
        if not os.path.exists(want_path):
            print('FAIL %s: no %s (run with --update, then review it)' % (path, want_path))
            failed += 1
            continue
        with open(want_path) as f:
            want = f.read()
        if out == want:
            passed += 1
            continue
        failed += 1
        diff = difflib.unified_diff(want.splitlines(True), out.splitlines(True), want_path, 'minigo ssa ' + path)
        print('FAIL %s: dump differs from %s' % (path, want_path))
        sys.stdout.writelines(list(diff)[:80])
    print('ssa-golden: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


def verify(args):
    passed = failed = 0
    for path in args.files:
        crc, cout, cerr = run([args.minigo, 'check', path])
        if crc == 0:
            rc, out, err = run([args.minigo, 'ssa', '-check', path])
            problem = None
            if rc != 0:
                problem = 'minigo ssa -check exited %s:\n%s' % (rc, err[:3000])
            elif any(s in err for s in SANITIZER):
                problem = 'sanitizer report:\n' + err[:3000]
        else:
            rc, out, err = run([args.minigo, 'ssa', path])
            problem = None
            if rc != crc or err != cerr or out:
                problem = ('minigo ssa did not stop in the front end like minigo check '
                           '(exit %s vs %s)\n--- check:\n%s--- ssa:\n%s' % (rc, crc, cerr[:1000], err[:1000]))
        if problem:
            print('FAIL %s: %s' % (path, problem))
            failed += 1
        else:
            passed += 1
    print('ssa-verify: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mode', choices=['golden', 'verify'])
    ap.add_argument('--minigo', default='./minigo')
    ap.add_argument('--update', action='store_true')
    ap.add_argument('files', nargs='*')
    args = ap.parse_intermixed_args()
    args.minigo = os.path.abspath(args.minigo)
    if not os.access(args.minigo, os.X_OK):
        print('ssa-%s: %s is not built' % (args.mode, args.minigo))
        print('ssa-%s: 0 passed, 1 failed' % args.mode)
        return 1
    return golden(args) if args.mode == 'golden' else verify(args)


if __name__ == '__main__':
    sys.exit(main())
