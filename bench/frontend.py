#!/usr/bin/env python3
"""frontend.py — how fast minigo's front end reads a large program.

Generates a program with gen_frontend.py (200,000 lines by default),
checks that gc accepts it, then times every phase in PHASES on it: the
median wall time of --runs runs, lines per second, and the peak resident
set of the process (ru_maxrss from wait4, so each run is measured alone).
gofmt -l is the peer (a parser and printer, no type checking); go vet and
go tool compile are for reference.

Phases of minigo that do not exist yet are probed and skipped, so later
issues only add a row to PHASES (`minigo ssa`, `minigo escape`, ...).

Usage: frontend.py [--minigo ./minigo] [--lines N] [--runs N] [--out FILE]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

GC_COMPILE = ['go', 'tool', 'compile', '-p=main', '-o', '{out}', '{file}']  # never /dev/null: gc deletes its -o file on error

# (label, argv, kind). {file} is the generated program.
# kind: 'minigo' (timed --runs times), 'peer' (also --runs), 'reference'
# (--ref-runs times: gc is slow on 200,000 lines).
PHASES = [
    ('minigo check', ['{minigo}', 'check', '{file}'], 'minigo'),
    ('minigo ssa', ['{minigo}', 'ssa', '{file}'], 'minigo'),
    ('minigo build -m', ['{minigo}', 'build', '-m', '-o', '{out}', '{file}'], 'minigo'),
    ('minigo escape -m -l', ['{minigo}', 'escape', '-m', '-l', '{file}'], 'minigo'),
    ('gofmt -l', ['gofmt', '-l', '{file}'], 'peer'),
    ('go vet', ['go', 'vet', '{file}'], 'reference'),
    ('go tool compile', GC_COMPILE, 'reference'),
    ('go tool compile -m -l', ['go', 'tool', 'compile', '-m', '-l', '-p=main', '-o', '{out}', '{file}'], 'reference'),
]

PROBE = 'package main\n\nfunc main() {\n\tm := map[string]int{"a": 1}\n\tm["b"] = 2\n}\n'


def measure(argv):
    """Runs argv once; returns (exit status, seconds, peak RSS in KiB)."""
    start = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    took = time.monotonic() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, took, usage.ru_maxrss


def expand(argv, minigo, path):
    out = os.path.join(os.path.dirname(os.path.abspath(path)), 'bench-out.o')
    return [a.format(minigo=minigo, file=path, out=out) for a in argv]


def available(label, argv, kind, minigo, probe_path):
    """A phase runs if its tool exists and it succeeds on a tiny program."""
    if kind == 'minigo':
        if not os.access(minigo, os.X_OK):
            return False
    elif not shutil.which(argv[0]):
        return False
    rc, _, _ = measure(expand(argv, minigo, probe_path))
    return rc == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default='./minigo')
    ap.add_argument('--lines', type=int, default=200_000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--ref-runs', type=int, default=1)
    ap.add_argument('--out', default='build/bench/frontend.go')
    args = ap.parse_args()
    minigo = os.path.abspath(args.minigo)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    subprocess.run([sys.executable, os.path.join(HERE, 'gen_frontend.py'), '--lines',
                    str(args.lines), '--seed', str(args.seed), '-o', args.out], check=True)
    probe_path = os.path.join(os.path.dirname(os.path.abspath(args.out)), 'probe.go')
    with open(probe_path, 'w') as f:
        f.write(PROBE)
    size = os.path.getsize(args.out)
    print('frontend benchmark: %s, %d lines, %.1f MB' % (args.out, args.lines, size / 1e6))

    if shutil.which('go'):
        gc_first = measure(expand(GC_COMPILE, minigo, args.out))
        rc, took, _ = gc_first
        if rc != 0:
            print('bench-frontend: gc rejects the generated program (exit %d)' % rc)
            return 1
        print('gc accepts it (go tool compile: %.2f s)' % took)
    else:
        gc_first = None
        print('go not found: the gc acceptance check and the gc rows are skipped')

    print('%-22s %5s %10s %14s %12s' % ('phase', 'runs', 'median', 'lines/s', 'peak RSS'))
    status = 0
    for label, argv, kind in PHASES:
        if not available(label, argv, kind, minigo, probe_path):
            print('%-22s %5s %s' % (label, '-', 'not available, skipped'))
            continue
        runs = args.ref_runs if kind == 'reference' else args.runs
        times, peaks = [], []
        if label == 'go tool compile' and gc_first:  # reuse the acceptance run
            times.append(gc_first[1])
            peaks.append(gc_first[2])
        for _ in range(runs - len(times)):
            rc, took, rss = measure(expand(argv, minigo, args.out))
            if rc != 0 and not (label == 'gofmt -l'):
                print('%-22s failed with exit status %d' % (label, rc))
                status = 1
                break
            times.append(took)
            peaks.append(rss)
        if not times:
            continue
        med = statistics.median(times)
        tag = {'peer': ' (peer)', 'reference': ' (ref)'}.get(kind, '')
        print('%-22s %5d %9.3fs %14s %9.1f MB' % (label + tag, len(times), med,
                                                  '{:,.0f}'.format(args.lines / med),
                                                  max(peaks) / 1024))
    return status


if __name__ == '__main__':
    sys.exit(main())
