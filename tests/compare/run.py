#!/usr/bin/env python3
"""run.py — golden tests for `minigo compare` (issue 7).

Each line of cases.txt is `NAME: ARGS`; `minigo compare ARGS` must print
exactly NAME.out (stdout, then `--- stderr` and its text when there is
any, then `--- exit N` when N is not 0). The goldens are minigo's own
format, reviewed by hand; what can be checked against gc is checked too
when `go` is on PATH:

  escape   every `LINE:COL: message` cell of an -escape comparison must be
           a line of `go tool compile -m -l` for the same file;
  calls    the runtime map entry points the summary attributes to each
           function (runtime.map*, excluding makemap*, which gc replaces by
           a stack map for non-escaping maps) must be those gc's
           `go tool compile -S -l` shows that function calling.

Then `minigo escape -json` (JSON_GLOBS): every line must validate against
the versioned schema src/compare/escape-json.v1.schema.json (with
validate_json.py, stdlib only); its decisions must be exactly the lines
`minigo escape -m` prints (and, with go, exactly gc's -m lines), each
map-op's runtime entry points per function must be gc's (map* calls of
`go tool compile -S -l`, makemap* left out); examples/maps.go's JSON is
also a reviewed golden (maps.json.out). One check per file.

Usage: run.py [--minigo ./minigo] [--debug build/debug/minigo] [--update]
Closing line: `compare: N passed, N failed`.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MAP_FN = re.compile(r'runtime\.(map(?:access|assign|delete|iterinit|iternext|clear)\w*)')
GC_FUNC = re.compile(r'^(\S+) STEXT')
GC_CALL = re.compile(r'\bCALL\s+runtime\.(\w+)\(SB\)')


def cases():
    out = []
    with open(os.path.join(HERE, 'cases.txt')) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            name, args = line.split(':', 1)
            out.append((name.strip(), args.split()))
    return out


def run_compare(minigo, args):
    p = subprocess.run([minigo, 'compare'] + args, cwd=ROOT, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    text = p.stdout.decode(errors='replace')
    if p.stderr:
        text += '--- stderr\n' + p.stderr.decode(errors='replace')
    if p.returncode != 0:
        text += '--- exit %d\n' % p.returncode
    return text, p.returncode


def positional(args):
    """file, funcA, funcB, width of the command's arguments."""
    width, rest, i = None, [], 0
    while i < len(args):
        if args[i] == '-w':
            width = int(args[i + 1])
            i += 2
            continue
        if not args[i].startswith('-'):
            rest.append(args[i])
        i += 1
    return rest[0], rest[1], rest[2], width


def gc_m_lines(path):
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run(['go', 'tool', 'compile', '-m', '-l', '-p', 'main', '-o',
                            os.path.join(tmp, 'x.o'), os.path.abspath(os.path.join(ROOT, path))],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=tmp)
    lines = set()
    for l in p.stdout.decode(errors='replace').split('\n'):
        m = re.match(r'^.*?\.go:(\d+:\d+: .*)$', l)
        if m:
            lines.add(m.group(1))
    return lines


def gc_calls(path):
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run(['go', 'tool', 'compile', '-S', '-l', '-p', 'main', '-o',
                            os.path.join(tmp, 'x.o'), os.path.abspath(os.path.join(ROOT, path))],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=tmp)
    funcs, cur = {}, None
    for line in p.stdout.decode(errors='replace').split('\n'):
        m = GC_FUNC.match(line)
        if m:
            name = m.group(1)
            cur = name[len('main.'):] if name.startswith('main.') else None
            if cur is not None:
                funcs.setdefault(cur, set())
            continue
        m = GC_CALL.search(line)
        if m and cur is not None:
            funcs[cur].add('runtime.' + m.group(1))
    return funcs


def check_escape_cells(text, width):
    """The cells of an -escape comparison's columns (between the rule and
    the summary) that are decisions."""
    col = (width - 3) // 2
    cells = []
    for line in text.split('\n')[2:]:
        if line.startswith('summary'):
            break
        for cell in (line[:col].rstrip(), line[col + 3:].rstrip()):
            if re.match(r'^\d+:\d+: ', cell):
                cells.append(cell)
    return cells


def summary_calls(text, fa, fb):
    """{function: set of runtime map functions} the summary says it calls."""
    got = {fa: set(), fb: set()}
    body = text.split('\nsummary', 1)[1] if '\nsummary' in text else ''
    for line in body.split('\n'):
        line = line.strip()
        for m in MAP_FN.finditer(line):
            name = 'runtime.' + m.group(1)
            if line.startswith('both call') or re.match(r'^\S+ calls ', line):
                got[fa].add(name)
                got[fb].add(name)
            elif line.startswith('only '):
                who = line.split()[1]
                got[who].add(name)
    return got


def gc_checks(name, args, text):
    """Failures of the gc re-checks (empty: all good)."""
    path, fa, fb, width = positional(args)
    fails = []
    if '-escape' in args:
        gc = gc_m_lines(path)
        for cell in check_escape_cells(text, width):
            if cell not in gc:
                fails.append('%s: not in gc -m output: %s' % (name, cell))
    if '-escape' not in args and '--- exit' not in text and '-ir' not in args:
        gc = gc_calls(path)
        got = summary_calls(text, fa, fb)
        for fn in (fa, fb):
            want = {c for c in gc.get(fn, set()) if MAP_FN.fullmatch(c)}
            if got[fn] != want:
                fails.append('%s: %s: summary says %s, gc calls %s' % (name, fn, sorted(got[fn]), sorted(want)))
    return fails


SCHEMA = os.path.join(ROOT, 'src', 'compare', 'escape-json.v1.schema.json')
JSON_GLOBS = ['examples/*.go', 'examples/*/*.go', 'tests/compare/*.go', 'tests/ssa/*.go', 'tests/escape/*.go']
JSON_GOLDEN = {'examples/maps.go': 'maps.json.out'}


def m_lines(out):
    """{'LINE:COL: msg'} of -m output lines."""
    got = set()
    for l in out.split('\n'):
        m = re.match(r'^.*?\.go:(\d+:\d+: .*)$', l)
        if m:
            got.add(m.group(1))
    return got


def json_check(minigo, path, update, have_go):
    """Reasons path's escape -json fails (empty: passes)."""
    sys.path.insert(0, HERE)
    import validate_json
    p = subprocess.run([minigo, 'escape', '-json', path], cwd=ROOT, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    text = p.stdout.decode(errors='replace')
    if p.returncode != 0:
        return ['%s: escape -json exit %d: %s' % (path, p.returncode, p.stderr.decode(errors='replace'))]
    fails = []
    schema = json.load(open(SCHEMA))
    validate_json.check_schema(schema)
    for n, e in validate_json.validate_lines(schema, text.split('\n')):
        fails.append('%s: line %d: %s' % (path, n, e))
    if fails:
        return fails
    objs = [json.loads(l) for l in text.split('\n') if l.strip()]
    decisions = {'%d:%d: %s' % (o['pos']['line'], o['pos']['col'], o['message'])
                 for o in objs if o['kind'] != 'map-op'}
    m = subprocess.run([minigo, 'escape', '-m', path], cwd=ROOT, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    if decisions != m_lines(m.stderr.decode(errors='replace')):
        fails.append('%s: JSON decisions differ from minigo escape -m' % path)
    if have_go:
        gc = gc_m_lines(path)
        if decisions != gc:
            fails.append('%s: JSON decisions differ from gc -m: extra %s, missing %s'
                         % (path, sorted(decisions - gc)[:3], sorted(gc - decisions)[:3]))
        calls = gc_calls(path)
        ssa = subprocess.run([minigo, 'ssa', path], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        ours = set(re.findall(r'(?m)^(\S+) (?:method\(.*?\) )?func\(', ssa.stdout.decode(errors='replace')))
        # gc wraps `defer delete(m, k)` and `go f(x)` in a literal of its own
        # (P.funcN); minigo's Defer makes the runtime call in P itself (as in
        # tests/ssa/check_calls.py)
        for fn in sorted(calls):
            parent = fn.rsplit('.func', 1)[0]
            if fn not in ours and '.func' in fn and parent in calls:
                calls[parent] |= calls.pop(fn)
        mine = {}
        for o in objs:
            if o['kind'] == 'map-op' and MAP_FN.fullmatch(o['runtime']):
                mine.setdefault(o['function'], set()).add(o['runtime'])
        for fn in set(mine) | {f for f in calls if any(MAP_FN.fullmatch(c) for c in calls[f])}:
            want = {c for c in calls.get(fn, set()) if MAP_FN.fullmatch(c)}
            if mine.get(fn, set()) != want:
                fails.append('%s: %s: map-ops call %s, gc calls %s' % (path, fn, sorted(mine.get(fn, set())),
                                                                     sorted(want)))
    golden = JSON_GOLDEN.get(path)
    if golden:
        golden = os.path.join(HERE, golden)
        if update:
            open(golden, 'w').write(text)
        if not os.path.exists(golden) or open(golden).read() != text:
            fails.append('%s: output differs from %s' % (path, os.path.basename(golden)))
    return fails


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default='./minigo')
    ap.add_argument('--update', action='store_true')
    ap.add_argument('--debug', help='also run every case under this (sanitizer) build')
    a = ap.parse_args()
    minigo = os.path.abspath(a.minigo)
    have_go = shutil.which('go') is not None
    passed = failed = 0
    for name, args in cases():
        golden = os.path.join(HERE, name + '.out')
        text, _ = run_compare(minigo, args)
        if a.update:
            with open(golden, 'w') as f:
                f.write(text)
        ok = True
        want = open(golden).read() if os.path.exists(golden) else None
        if want != text:
            ok = False
            print('FAIL %s: output differs from %s.out' % (name, name))
            sys.stdout.writelines(__import__('difflib').unified_diff(
                (want or '').splitlines(True), text.splitlines(True), 'want', 'got'))
        if have_go:
            for f in gc_checks(name, args, text):
                ok = False
                print('FAIL ' + f)
        if a.debug and not a.update:
            dtext, _ = run_compare(os.path.abspath(a.debug), args)
            if dtext != text:
                ok = False
                print('FAIL %s: the debug build prints something else:' % name)
                sys.stdout.writelines(__import__('difflib').unified_diff(
                    text.splitlines(True), dtext.splitlines(True), 'release', 'debug'))
        passed += ok
        failed += not ok
    files = sorted({f for g in JSON_GLOBS for f in glob.glob(g, root_dir=ROOT)})
    for path in files:
        fails = json_check(minigo, path, a.update, have_go)
        if a.debug and not a.update:
            outs = [subprocess.run([os.path.abspath(x), 'escape', '-json', path], cwd=ROOT,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60).stdout
                    for x in (minigo, a.debug)]
            if outs[0] != outs[1]:
                fails.append('%s: the debug build prints other JSON' % path)
        for f in fails:
            print('FAIL json ' + f)
        passed += not fails
        failed += bool(fails)
    if not have_go:
        print('compare: go not found: gc re-checks skipped')
    print('compare: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
