#!/usr/bin/env python3
"""run.py — the run suite: programs built by `minigo build`, run, and
compared with what gc's build of the same program does.

Expectations (always written by gc, never by minigo — see --regen):
  tests/run/NAME.go    NAME.out  stdout exactly
                       NAME.err  stderr: exactly when the exit status is 0,
                                 else only its first line ("panic: ...")
                       NAME.code the exit status when it is not 0
  examples/NAME.go     the same three files under tests/run/golden/
  examples/DIR/main.go the same, named DIR (tests/run/golden/DIR.out)
  tests/check/NAME.go  NAME.out: stdout and stderr together, status 0
Where `go` is installed, the gc-built binary is re-run too and must meet
the same expectations. IR checks (tests/run/ir/*.go) hold lines

    // IR FUNC: +text      the body of FUNC in `minigo ir` contains text
    // IR FUNC: -text      ... does not contain text

Usage: run.py [--minigo PATH] [--no-gc] [--regen] [--flag -N] [--name NAME] [-j N] FILE...
Closing line: `run: N passed, N failed`.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 60
RUN_TIMEOUT = 20
GOLDEN = 'tests/run/golden'


def go_env():
    env = dict(os.environ)
    if not env.get('GOCACHE') and not env.get('HOME') and not env.get('XDG_CACHE_HOME'):
        env['GOCACHE'] = os.path.abspath('build/gocache')
    env.setdefault('GO111MODULE', 'off')
    return env


def program_name(path):
    """NAME of NAME.go; for a program in its own folder (examples/DIR/main.go)
    the folder's name, so that expectations and executables do not collide."""
    d, name = os.path.split(path)
    if name == 'main.go' and d:
        return os.path.basename(os.path.normpath(d))
    return name[:-3]


def golden_base(path):
    d = os.path.dirname(path)
    if os.path.normpath(d) == os.path.normpath('tests/run'):
        return path[:-3]
    return os.path.join(GOLDEN, program_name(path))


def read(path, default=''):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            return f.read()
    except FileNotFoundError:
        return default


def expectation(path):
    """(stdout, stderr, code, combined): combined for tests/check files."""
    if os.path.normpath(os.path.dirname(path)) == os.path.normpath('tests/check'):
        return (read(path[:-3] + '.out'), '', 0, True)
    base = golden_base(path)
    code = read(base + '.code', '0').strip() or '0'
    return (read(base + '.out'), read(base + '.err'), int(code), False)


def run_binary(exe, path):
    try:
        p = subprocess.run([exe], cwd=os.path.dirname(path) or '.', stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=RUN_TIMEOUT)
        return (p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace'), p.returncode)
    except subprocess.TimeoutExpired:
        return ('', 'timeout', -1)


def combined_binary(exe, path):
    try:
        p = subprocess.run([exe], cwd=os.path.dirname(path) or '.', stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=RUN_TIMEOUT)
        return (p.stdout.decode('utf-8', 'replace'), p.returncode)
    except subprocess.TimeoutExpired:
        return ('timeout', -1)


def first_line(s):
    return s.split('\n', 1)[0]


def compare(path, exe, who):
    out, err, code, combined = expectation(path)
    if combined:
        got, rc = combined_binary(exe, path)
        if got != out or rc != 0:
            return '%s: %s: output differs (exit %d)\n%s' % (path, who, rc, diff(out, got))
        return None
    gout, gerr, rc = run_binary(exe, path)
    problems = []
    if rc != code:
        problems.append('exit status %d, want %d' % (rc, code))
    if gout != out:
        problems.append('stdout differs\n' + diff(out, gout))
    if code == 0 and gerr != err:
        problems.append('stderr differs\n' + diff(err, gerr))
    if code != 0 and first_line(gerr) != first_line(err):
        problems.append('stderr first line %r, want %r' % (first_line(gerr), first_line(err)))
    if problems:
        return '%s: %s: %s' % (path, who, '; '.join(problems))
    return None


def diff(want, got, limit=8):
    w, g = want.splitlines(), got.splitlines()
    lines = []
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else '<none>'
        b = g[i] if i < len(g) else '<none>'
        if a != b:
            lines.append('    line %d: want %r\n            got  %r' % (i + 1, a, b))
            if len(lines) >= limit:
                break
    return '\n'.join(lines)


def build_minigo(minigo, path, exe, flags=()):
    p = subprocess.run([minigo, 'build'] + list(flags) + ['-o', exe, path], capture_output=True, timeout=TIMEOUT)
    if p.returncode != 0:
        return 'minigo build failed (%d): %s' % (p.returncode, p.stderr.decode('utf-8', 'replace')[:800])
    return None


def build_gc(path, exe):
    p = subprocess.run(['go', 'build', '-o', exe, path], capture_output=True, timeout=TIMEOUT * 3, env=go_env())
    if p.returncode != 0:
        return 'go build failed: ' + p.stderr.decode('utf-8', 'replace')[:800]
    return None


def ir_checks(minigo, path):
    checks = re.findall(r'^// IR (\S+): ([+-])(.*)$', read(path), re.M)
    p = subprocess.run([minigo, 'ir', path], capture_output=True, timeout=TIMEOUT)
    if p.returncode != 0:
        return ['%s: minigo ir failed: %s' % (path, p.stderr.decode()[:400])]
    ir = p.stdout.decode('utf-8', 'replace')
    problems = []
    for fn, sign, text in checks:
        m = re.search(r'^define [^\n]*@"?' + re.escape(fn) + r'"?\(.*?^}', ir, re.M | re.S)
        if not m:
            problems.append('%s: no function %s in the IR' % (path, fn))
            continue
        has = text.strip() in m.group(0)
        if has != (sign == '+'):
            problems.append('%s: %s %s %r' % (path, fn, 'lacks' if sign == '+' else 'has', text.strip()))
    if not checks:
        problems.append('%s: no // IR lines' % path)
    return problems


def one(args, path, tmp):
    if os.path.normpath(os.path.dirname(path)) == os.path.normpath('tests/run/ir'):
        return ir_checks(args.minigo, path)
    name = program_name(path)
    problems = []
    exe = os.path.join(tmp, name + '.minigo')
    err = build_minigo(args.minigo, path, exe, args.flag)
    if err:
        problems.append('%s: %s' % (path, err))
    else:
        r = compare(path, exe, 'minigo')
        if r:
            problems.append(r)
    if args.gc:
        gexe = os.path.join(tmp, name + '.gc')
        err = build_gc(path, gexe)
        if err:
            problems.append('%s: %s' % (path, err))
        else:
            r = compare(path, gexe, 'gc')
            if r:
                problems.append(r)
    return problems


def regen(path, tmp):
    """Writes the expectations of a tests/run or examples program from gc."""
    if os.path.normpath(os.path.dirname(path)) in (os.path.normpath('tests/check'), os.path.normpath('tests/run/ir')):
        return
    exe = os.path.join(tmp, program_name(path) + '.gc')
    err = build_gc(path, exe)
    if err:
        print('%s: %s' % (path, err))
        return
    out, errs, code = run_binary(exe, path)
    base = golden_base(path)
    os.makedirs(os.path.dirname(base) or '.', exist_ok=True)
    with open(base + '.out', 'w') as f:
        f.write(out)
    if code != 0:
        errs = first_line(errs) + '\n'
    for ext, content, keep in (('.err', errs, errs != ''), ('.code', '%d\n' % code, code != 0)):
        if keep:
            with open(base + ext, 'w') as f:
                f.write(content)
        elif os.path.exists(base + ext):
            os.remove(base + ext)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default='./minigo')
    ap.add_argument('--no-gc', dest='gc', action='store_false')
    ap.add_argument('--regen', action='store_true')
    ap.add_argument('--flag', action='append', default=[], help='extra minigo build flag (e.g. -N)')
    ap.add_argument('--name', default='run', help='suite name in the closing line')
    ap.add_argument('-j', type=int, default=os.cpu_count() or 4)
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    if args.gc and not shutil.which('go'):
        print('run: go not found, the gc re-check is skipped')
        args.gc = False
    args.minigo = os.path.abspath(args.minigo)
    with tempfile.TemporaryDirectory(prefix='minigo-run-') as tmp:
        if args.regen:
            for f in args.files:
                regen(f, tmp)
            return 0
        passed = failed = 0
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as ex:
            for path, problems in zip(args.files, ex.map(lambda f: one(args, f, tmp), args.files)):
                if problems:
                    failed += 1
                    for p in problems:
                        print(p)
                else:
                    passed += 1
    print('%s: %d passed, %d failed' % (args.name, passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
