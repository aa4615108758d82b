#!/usr/bin/env python3
"""run.py — tests/explain: `minigo escape -explain` (issue 7).

Two checks:

1. Mechanical, on every file given with --check (make passes
   tests/escape/*.go, tests/escape2/*.go and examples/*.go):
   - deleting the explanation lines (blank lines and every line that is not
     of gc's `FILE:LINE:COL: ` form) leaves exactly `minigo escape -m=2`;
   - every decision (a line of `minigo escape -m`) and every explanation
     block header is directly preceded by a sentence line;
   - no sentence holds fallback text ("gc reports:", "gc's reason:",
     "gc notes", "TODO", "(null)").
2. Goldens: tests/explain/cases.txt lists `NAME: FILE`; NAME.out is what
   `minigo escape -explain FILE` prints, reviewed by hand (the sentences are
   minigo's own words). Where go is installed, the gc lines of each golden
   must equal gc's own `go tool compile -m=2 -l` output for FILE.

    run.py --minigo ./minigo [--debug build/debug/minigo] --check FILES...
    run.py --regen --minigo ./minigo       rewrite the goldens (review the diff!)

Closing line: `explain: N passed, N failed`.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GC_LINE = re.compile(r'^\S+:\d+(:\d+)?: ')
FALLBACK = ("gc reports:", "gc's reason:", 'gc notes "', "TODO", "(null)")


def run(cmd):
    p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def gc_lines(text):
    return [l for l in text.split('\n') if GC_LINE.match(l)]


def check_file(minigo, path):
    """The mechanical check of one file: a list of problems."""
    rc, out, err = run([minigo, 'escape', '-explain', path])
    if rc != 0:
        return ['%s: -explain exit %d: %s' % (path, rc, err.strip()[:300])]
    _, _, m2 = run([minigo, 'escape', '-m=2', path])
    _, _, m1 = run([minigo, 'escape', '-m', path])
    problems = []
    kept = [l for l in out.split('\n') if l and GC_LINE.match(l)]
    if kept != [l for l in m2.split('\n') if l]:
        problems.append('%s: the gc lines of -explain differ from -m=2' % path)
    decisions = set(l for l in m1.split('\n') if l)
    lines = out.split('\n')
    for i, l in enumerate(lines):
        if not GC_LINE.match(l):
            if l and any(f in l for f in FALLBACK):
                problems.append('%s: fallback text in a sentence: %s' % (path, l))
            continue
        msg = GC_LINE.sub('', l)
        header = not msg.startswith(' ') and msg.endswith(':')
        if l in decisions or header:
            prev = lines[i - 1] if i > 0 else ''
            if not prev or GC_LINE.match(prev):
                problems.append('%s: no sentence before: %s' % (path, l))
    return problems


def gc_output(path):
    d = tempfile.mkdtemp(prefix='explain-gc')
    try:
        p = subprocess.run(['go', 'tool', 'compile', '-p=main', '-m=2', '-l', '-o', os.path.join(d, 'o.o'), path],
                           cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    return p.stdout.decode()


def have_go():
    try:
        return subprocess.run(['go', 'version'], stdout=subprocess.PIPE, stderr=subprocess.PIPE).returncode == 0
    except OSError:
        return False


def cases():
    out = []
    with open(os.path.join(HERE, 'cases.txt')) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                name, path = [x.strip() for x in line.split(':', 1)]
                out.append((name, path))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--minigo', default='./minigo')
    ap.add_argument('--debug', help='also run the goldens under this (ASan) build')
    ap.add_argument('--regen', action='store_true')
    ap.add_argument('--check', nargs='*', default=[])
    args = ap.parse_args()
    passed = failed = 0

    if args.regen:
        for name, path in cases():
            rc, out, err = run([args.minigo, 'escape', '-explain', path])
            with open(os.path.join(HERE, name + '.out'), 'w') as f:
                f.write(out)
            print('wrote tests/explain/%s.out' % name)
        return 0

    go = have_go()
    if not go:
        print('explain: go not found, the gc re-check of the goldens is skipped')
    for name, path in cases():
        with open(os.path.join(HERE, name + '.out')) as f:
            want = f.read()
        bad = []
        for exe in [args.minigo] + ([args.debug] if args.debug else []):
            rc, out, err = run([exe, 'escape', '-explain', path])
            if rc != 0 or out != want or err:
                bad.append('%s: `%s escape -explain %s` differs from %s.out (exit %d)%s' %
                           (name, exe, path, name, rc, ('\n' + err[:500]) if err else ''))
        if go and gc_lines(want) != gc_lines(gc_output(path)):
            bad.append('%s: the gc lines of %s.out are not gc\'s -m=2 output for %s' % (name, name, path))
        if bad:
            failed += 1
            print('FAIL ' + '\n     '.join(bad))
        else:
            passed += 1

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
        for path, problems in zip(args.check, ex.map(lambda p: check_file(args.minigo, p), args.check)):
            if problems:
                failed += 1
                print('FAIL ' + '\n     '.join(problems[:5]))
            else:
                passed += 1
    print('explain: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
