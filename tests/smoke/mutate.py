#!/usr/bin/env python3
"""mutate.py — mutation smoke test: broken input must never break minigo.

Every test file is mutated in three ways, deterministically from a seed:
truncated at random points, random bytes overwritten (with bytes chosen to
upset a Go scanner and parser: quotes, brackets, NUL, 0xff, newlines, ...)
and whole tokens deleted or duplicated. Each mutant is written to a scratch
file and given to `minigo check` (the ASan+UBSan build in `make test`).
A run passes when minigo
  - exits 0 with no output, or 1 with messages in the
    `file:line:col: message` form,
  - within the time limit (default 1 s; a hang or a runaway is a failure),
  - and prints no sanitizer report.
Failing inputs are kept in OUT/failures/ to reproduce them.

Usage: mutate.py --minigo build/debug/minigo [--seed N] [--per-file N] FILE...
Closing line: `smoke: N passed, N failed`.
"""
import argparse
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import threading

NASTY = b'{}()[]"\'`/*\\\n\t;:,.=<>!&|^+-_0x1e\x00\xff\xc3\xef\xbb\xbf'
TOKEN_RX = re.compile(rb'[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9A-Za-z_.]*|"(?:[^"\\\n]|\\.)*"|'
                      rb'`[^`]*`|\'(?:[^\'\\\n]|\\.)*\'|//[^\n]*|/\*.*?\*/|'
                      rb'<<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|[-+*/%&|^<>]=|&\^|<<|>>|'
                      rb'\S', re.S)
SANITIZER_RX = re.compile(r'AddressSanitizer|UndefinedBehaviorSanitizer|LeakSanitizer|'
                          r'runtime error:|Sanitizer:|==\d+==ERROR')
MESSAGE_RX = re.compile(r'^[^\s:][^:]*:\d+:\d+: \S')


def truncate(data, rng):
    return data[:rng.randrange(len(data) + 1)]


def flip_bytes(data, rng):
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not b:
            break
        i = rng.randrange(len(b))
        b[i] = rng.choice(NASTY) if rng.random() < 0.8 else rng.randrange(256)
    return bytes(b)


def token_spans(data):
    return [m.span() for m in TOKEN_RX.finditer(data)]


def delete_tokens(data, rng):
    spans = token_spans(data)
    for _ in range(rng.randint(1, 3)):
        if not spans:
            break
        s, e = spans.pop(rng.randrange(len(spans)))
        data = data[:s] + data[e:]
        spans = token_spans(data)
    return data


def duplicate_token(data, rng):
    spans = token_spans(data)
    if not spans:
        return data
    s, e = spans[rng.randrange(len(spans))]
    t, _ = spans[rng.randrange(len(spans))]
    return data[:t] + data[s:e] + b' ' + data[t:]


MUTATORS = [truncate, flip_bytes, delete_tokens, duplicate_token]


def mutants(paths, seed, per_file):
    """(name, bytes) for every mutant, the same list for the same seed."""
    rng = random.Random(seed)
    for path in sorted(paths):
        with open(path, 'rb') as f:
            data = f.read()
        base = os.path.basename(path)[:-3]
        for i in range(per_file):
            mutate = MUTATORS[i % len(MUTATORS)]
            yield '%s-%d-%s' % (base, i, mutate.__name__), mutate(data, rng)


def judge(rc, out):
    """None when the run is acceptable, else why not."""
    if SANITIZER_RX.search(out):
        return 'sanitizer report'
    if rc is None:
        return 'timed out'
    if rc < 0:
        return 'killed by signal %d' % -rc
    if rc == 0:
        return 'exit 0 with output' if out.strip() else None
    if rc != 1:
        return 'exit status %d' % rc
    lines = [l for l in out.split('\n') if l.strip()]
    if not lines:
        return 'exit 1 without a message'
    # Only the first line is held to the form: like gc, a message may quote
    # a multi-line raw string from the input.
    if not MESSAGE_RX.match(lines[0]):
        return 'message not in file:line:col form: %r' % lines[0][:120]
    return None


def sanitizer_env():
    env = dict(os.environ)
    env.setdefault('ASAN_OPTIONS', 'detect_leaks=0:abort_on_error=0')
    env.setdefault('UBSAN_OPTIONS', 'print_stacktrace=1:halt_on_error=1')
    return env


class Runner:
    def __init__(self, args):
        self.args = args
        self.env = sanitizer_env()
        self.local = threading.local()
        self.faildir = os.path.join(args.out, 'failures')

    def scratch(self):
        if not hasattr(self.local, 'path'):
            d = os.path.join(self.args.out, 'w%d' % threading.get_ident())
            os.makedirs(d, exist_ok=True)
            self.local.path = os.path.join(d, 'mutant.go')
        return self.local.path

    def run(self, item):
        name, data = item
        path = self.scratch()
        with open(path, 'wb') as f:
            f.write(data)
        try:
            p = subprocess.run([self.args.minigo, 'check', path], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, timeout=self.args.time_limit,
                               env=self.env)
            rc, out = p.returncode, p.stdout.decode('utf-8', 'replace')
        except subprocess.TimeoutExpired as e:
            rc, out = None, (e.stdout or b'').decode('utf-8', 'replace')
        except OSError as e:
            rc, out = 127, 'cannot run %s: %s' % (self.args.minigo, e)
        why = judge(rc, out)
        if why:
            os.makedirs(self.faildir, exist_ok=True)
            keep = os.path.join(self.faildir, name + '.go')
            with open(keep, 'wb') as f:
                f.write(data)
            return '%s: %s\n  reproduce: %s check %s\n  %s' % (
                name, why, self.args.minigo, keep, '\n  '.join(out.split('\n')[:12]))
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default='build/debug/minigo')
    ap.add_argument('--seed', type=int, default=20240601)
    ap.add_argument('--per-file', type=int, default=28, help='mutants per input file')
    ap.add_argument('--time-limit', type=float, default=1.0, help='seconds per run')
    ap.add_argument('--out', default='build/smoke')
    ap.add_argument('--name', default='smoke')
    ap.add_argument('-j', type=int, default=2)
    ap.add_argument('files', nargs='+')
    args = ap.parse_args()
    args.minigo = os.path.abspath(args.minigo)
    if not os.access(args.minigo, os.X_OK):
        print('%s: %s is not built' % (args.name, args.minigo))
        print('%s: 0 passed, 1 failed' % args.name)
        return 1
    shutil.rmtree(os.path.join(args.out, 'failures'), ignore_errors=True)
    runner = Runner(args)
    passed = failed = 0
    shown = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for report in pool.map(runner.run, mutants(args.files, args.seed, args.per_file)):
            if report is None:
                passed += 1
                continue
            failed += 1
            if shown < 20:
                print('FAIL ' + report)
                shown += 1
    if failed > shown:
        print('... %d more failures, inputs in %s' % (failed - shown, runner.faildir))
    print('%s: %d passed, %d failed' % (args.name, passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
