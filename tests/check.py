#!/usr/bin/env python3
"""check.py — the valid-program suite (tests/check/*.go).

Every program there is valid Go of minigo's subset. For each one:
  1. `minigo check FILE` must exit 0 and print nothing;
  2. where `go` is installed, gc is the oracle: `go vet FILE` must pass,
     `go build` must succeed, and the built program's output (stdout and
     stderr together, exit status 0) must equal FILE's .out exactly.
The .out files are written only by `--regen`, which runs gc — never minigo.
They double as golden outputs for running minigo's own executables later.

Usage: check.py [--minigo PATH] [--no-gc] [--regen] [-j N] FILE...
Closing line: `check: N passed, N failed`.
"""
import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 60


def go_env():
    """The environment for go commands: a writable cache even without $HOME."""
    env = dict(os.environ)
    if not env.get('GOCACHE') and not env.get('HOME') and not env.get('XDG_CACHE_HOME'):
        env['GOCACHE'] = os.path.abspath('build/gocache')
    env.setdefault('GO111MODULE', 'off')
    env.setdefault('GOFLAGS', '')
    return env


def run(argv, **kw):
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=TIMEOUT, **kw)
        return p.returncode, p.stdout.decode('utf-8', errors='replace')
    except subprocess.TimeoutExpired:
        return None, 'timed out after %ds' % TIMEOUT
    except OSError as e:
        return None, str(e)


def status(rc):
    if rc is None:
        return 'did not finish'
    return 'killed by signal %d' % -rc if rc < 0 else 'exit status %d' % rc


def gc_output(path, tmpdir, env):
    """Builds with gc and runs it; returns (problem, output bytes)."""
    rc, out = run(['go', 'vet', path], env=env)
    if rc != 0:
        return 'go vet failed (%s):\n%s' % (status(rc), out), None
    exe = os.path.join(tmpdir, os.path.basename(path)[:-3])
    rc, out = run(['go', 'build', '-o', exe, path], env=env)
    if rc != 0:
        return 'go build failed (%s):\n%s' % (status(rc), out), None
    try:
        p = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return 'gc-built program timed out', None
    if p.returncode != 0:
        return 'gc-built program: %s\n%s' % (status(p.returncode),
                                             p.stdout.decode('utf-8', 'replace')), None
    return None, p.stdout


def first_difference(want, got):
    wl, gl = want.split(b'\n'), got.split(b'\n')
    for i in range(max(len(wl), len(gl))):
        w = wl[i] if i < len(wl) else b'<end of output>'
        g = gl[i] if i < len(gl) else b'<end of output>'
        if w != g:
            return 'line %d:\n  want %r\n  got  %r' % (i + 1, w, g)
    return 'outputs differ'


def check_one(path, args, tmpdir, env):
    problems = []
    if args.minigo:
        rc, out = run([args.minigo, 'check', path])
        if rc != 0 or out:
            problems.append('minigo check: %s\n%s' % (status(rc), out.rstrip()))
    if args.gc:
        problem, got = gc_output(path, tmpdir, env)
        golden = path[:-3] + '.out'
        if problem:
            problems.append('gc: ' + problem)
        elif args.regen:
            with open(golden, 'wb') as f:
                f.write(got)
        elif not os.path.exists(golden):
            problems.append('gc: no %s (make it with --regen)' % golden)
        else:
            with open(golden, 'rb') as f:
                want = f.read()
            if want != got:
                problems.append('gc: output differs from %s, %s'
                                % (golden, first_difference(want, got)))
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', help='minigo binary (omit to check only against gc)')
    ap.add_argument('--no-gc', dest='gc', action='store_false')
    ap.add_argument('--regen', action='store_true', help='rewrite the .out files from gc')
    ap.add_argument('--name', default='check')
    ap.add_argument('-j', type=int, default=2)
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    if args.gc and not shutil.which('go'):
        print('%s: go not found, the gc re-check is skipped' % args.name)
        args.gc = False
    if args.minigo:
        args.minigo = os.path.abspath(args.minigo)
    env = go_env()
    files = sorted(args.files)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix='minigo-check-') as tmpdir, \
            concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        results = pool.map(lambda f: check_one(f, args, tmpdir, env), files)
        for path, problems in zip(files, results):
            if problems:
                failed += 1
                print('FAIL %s\n  %s' % (path, '\n  '.join('\n  '.join(p.split('\n'))
                                                           for p in problems)))
            else:
                passed += 1
            sys.stdout.flush()
    print('%s: %d passed, %d failed' % (args.name, passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
