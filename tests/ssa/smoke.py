#!/usr/bin/env python3
"""smoke.py — the mutation smoke test, through the SSA builder.

Uses the mutants of tests/smoke/mutate.py (same mutators, same seed rule)
but runs `minigo ssa -check` on each: a mutant the front end rejects must
stop there (exit 1, `file:line:col: message`); one it accepts goes through
SSA construction, the verifier after every pass, and the dump, and must
exit 0. Exit status 2 (an internal error, e.g. the verifier failing), a
signal, a sanitizer report or a time-out is a failure. Failing inputs are
kept in OUT/failures/.

Usage: smoke.py --minigo build/debug/minigo [--per-file N] [--out DIR] FILE...
Closing line: `ssa-smoke: N passed, N failed`.
"""
import argparse
import concurrent.futures
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
MESSAGE_RX = re.compile(r'^[^\s:][^:]*:\d+:\d+: \S')
SANITIZER_RX = re.compile(r'AddressSanitizer|UndefinedBehaviorSanitizer|LeakSanitizer|'
                          r'runtime error:|Sanitizer:|==\d+==ERROR')


def load_mutants():
    path = os.path.join(HERE, '..', 'smoke', 'mutate.py')
    spec = importlib.util.spec_from_file_location('mutate', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.mutants


def judge(rc, err):
    if SANITIZER_RX.search(err):
        return 'sanitizer report'
    if rc is None:
        return 'timed out'
    if rc < 0:
        return 'killed by signal %d' % -rc
    if rc == 0:
        return None
    if rc != 1:
        return 'exit status %d' % rc
    lines = [l for l in err.split('\n') if l.strip()]
    if not lines or not MESSAGE_RX.match(lines[0]):
        return 'exit 1 without a file:line:col message'
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default='build/debug/minigo')
    ap.add_argument('--seed', type=int, default=20240601)
    ap.add_argument('--per-file', type=int, default=8)
    ap.add_argument('--time-limit', type=float, default=10.0)
    ap.add_argument('--out', default='build/ssa-smoke')
    ap.add_argument('-j', type=int, default=2)
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    minigo = os.path.abspath(args.minigo)
    if not os.access(minigo, os.X_OK):
        print('ssa-smoke: %s is not built\nssa-smoke: 0 passed, 1 failed' % minigo)
        return 1
    faildir = os.path.join(args.out, 'failures')
    shutil.rmtree(faildir, ignore_errors=True)
    env = dict(os.environ)
    env.setdefault('ASAN_OPTIONS', 'detect_leaks=0:abort_on_error=0')
    env.setdefault('UBSAN_OPTIONS', 'print_stacktrace=1:halt_on_error=1')
    local = threading.local()

    def one(item):
        name, data = item
        if not hasattr(local, 'path'):
            d = os.path.join(args.out, 'w%d' % threading.get_ident())
            os.makedirs(d, exist_ok=True)
            local.path = os.path.join(d, 'mutant.go')
        with open(local.path, 'wb') as f:
            f.write(data)
        try:
            p = subprocess.run([minigo, 'ssa', '-check', local.path], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=args.time_limit, env=env)
            rc, err = p.returncode, p.stderr.decode('utf-8', 'replace')
        except subprocess.TimeoutExpired:
            rc, err = None, ''
        why = judge(rc, err)
        if not why:
            return None
        os.makedirs(faildir, exist_ok=True)
        keep = os.path.join(faildir, name + '.go')
        with open(keep, 'wb') as f:
            f.write(data)
        return '%s: %s\n  reproduce: %s ssa -check %s\n  %s' % (name, why, minigo, keep,
                                                                 '\n  '.join(err.split('\n')[:12]))

    mutants = load_mutants()
    passed = failed = shown = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for report in pool.map(one, mutants(args.files, args.seed, args.per_file)):
            if report is None:
                passed += 1
                continue
            failed += 1
            if shown < 20:
                print('FAIL ' + report)
                shown += 1
    print('ssa-smoke: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
