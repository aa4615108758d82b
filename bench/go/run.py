#!/usr/bin/env python3
"""bench/go/run.py — compiled-Go benchmarks: the same .go programs built by
`minigo build` and by `go build`, timed side by side.

Run time: for every benchmark, at least 7 alternating pairs (minigo first on
even pairs, gc first on odd ones) of whole-process runs; prints the median
wall time and peak RSS (ru_maxrss from wait4) of each side and the ratios
minigo / go (below 1.0: faster or smaller). Both sides must print the same
checksum. Then the claims about minigo's own code:
  small-local / small-escape   a small map that does not escape costs less
                               than half of the same map escaping (< 0.50)
  assign-ptr / assign-direct   (*p)[k] = v costs what m[k] = v costs once
                               LLVM hoists the load (within 5 %)
Compile time: minigo build -N, minigo build (LLVM default<O2>) and go build
(cache off) on the largest test program and, with --big FILE, on the
generated 200,000-line program (bench/gen_frontend.py).

usage: bench/go/run.py --minigo ./minigo --out DIR [--pairs N] [--big FILE]
                       [--compile-runs N] [--no-compile] [--no-runtime]
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

BENCHES = [
    ('maps', ['str-insert', 'str-insert-hint', 'str-lookup', 'str-delete', 'int-insert', 'int-insert-hint',
              'int-lookup', 'int-delete', 'small-local', 'small-escape', 'assign-direct', 'assign-ptr']),
    ('strs', ['concat', 'strings', 'arith']),
]


def go_env():
    env = dict(os.environ, GO111MODULE='off')
    if not env.get('GOCACHE') and not env.get('HOME'):
        env['GOCACHE'] = os.path.join(ROOT, 'build/gocache')
    return env


TIME = '/usr/bin/time' if os.path.exists('/usr/bin/time') else None


def run_once(cmd, env=None):
    """(CPU seconds (user + sys, every thread), wall seconds, peak RSS KiB,
    stdout) of one whole run. The program is started by /usr/bin/time where
    it exists: a child forked from Python would count Python's own pages in
    its peak RSS (ru_maxrss covers the process before its exec)."""
    fd, stats = None, None
    if TIME:
        import tempfile
        fd, stats = tempfile.mkstemp(prefix='bench-time.')
        os.close(fd)
        cmd = [TIME, '-f', '%M %U %S', '-o', stats] + cmd
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out = p.stdout.read()
    p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    rc = os.waitstatus_to_exitcode(status)
    cpu, rss = ru.ru_utime + ru.ru_stime, ru.ru_maxrss
    if stats:
        with open(stats) as f:
            fields = f.read().split('\n')[-2].split()
        os.unlink(stats)
        rss, cpu = int(fields[0]), float(fields[1]) + float(fields[2])
    if rc != 0:
        raise RuntimeError('%s failed with %d' % (' '.join(cmd), rc))
    return cpu, dt, rss, out


def build(minigo, out):
    os.makedirs(out, exist_ok=True)
    bins = {}
    for prog, _ in BENCHES:
        src = os.path.join(HERE, prog + '.go')
        ours, gos = os.path.join(out, prog + '_minigo'), os.path.join(out, prog + '_go')
        subprocess.run([minigo, 'build', '-o', ours, src], check=True)
        subprocess.run(['go', 'build', '-o', gos, src], check=True, env=go_env())
        bins[prog] = (ours, gos)
    return bins


def ratio(a, b):
    return '%.2f' % (a / b) if a and b else '-'


def runtime_table(bins, pairs):
    print('== compiled Go: bench/go/*.go built by minigo build (default<O2>) and by go build')
    print('   medians of %d alternating pairs of whole runs; ratio = minigo / go;' % pairs)
    print('   time is CPU time (user + sys of every thread: gc\'s background GC work counts),')
    print('   wall is the ratio of wall-clock medians, mem of peak RSS')
    print('%-16s %10s %10s %6s %6s  %9s %8s %6s' % ('benchmark', 'minigo ms', 'go ms', 'time', 'wall', 'minigo MB',
                                                 'go MB', 'mem'))
    medians = {}
    worst = 0.0
    for prog, names in BENCHES:
        ours, gos = bins[prog]
        for name in names:
            t_o, t_g, m_o, m_g, w_o, w_g = [], [], [], [], [], []
            outs = set()
            for i in range(pairs):
                order = [(ours, t_o, m_o, w_o), (gos, t_g, m_g, w_g)]
                if i % 2:
                    order.reverse()
                for exe, ts, ms, ws in order:
                    cpu, wall, rss, out = run_once([exe, name])
                    ts.append(cpu)
                    ws.append(wall)
                    ms.append(rss)
                    outs.add(out)
            to, tg = statistics.median(t_o), statistics.median(t_g)
            wo, wg = statistics.median(w_o), statistics.median(w_g)
            mo, mg = statistics.median(m_o), statistics.median(m_g)
            medians[name] = to
            if name not in ('small-escape',):
                worst = max(worst, to / tg)
            check = '' if len(outs) == 1 else '  OUTPUT DIFFERS'
            print('%-16s %10.1f %10.1f %6s %6s  %9.1f %8.1f %6s%s' % (name, to * 1e3, tg * 1e3, ratio(to, tg),
                                                                       ratio(wo, wg), mo / 1024, mg / 1024,
                                                                       ratio(mo, mg), check), flush=True)
    print('worst time ratio (minigo / go): %.2f' % worst)
    if 'small-local' in medians and 'small-escape' in medians:
        r = medians['small-local'] / medians['small-escape']
        print('minigo small-local / small-escape: %.2f (aim < 0.50: a non-escaping map is a stack hmap + bucket)' % r)
    if 'assign-ptr' in medians and 'assign-direct' in medians:
        r = medians['assign-ptr'] / medians['assign-direct']
        print('minigo assign-ptr / assign-direct: %.3f (aim within 5%%: LLVM hoists the load of *p)' % r)


def instructions(cmd):
    """Instructions of a whole run under callgrind (collector off), or None."""
    import shutil
    import tempfile
    if not shutil.which('valgrind'):
        return None
    fd, path = tempfile.mkstemp(prefix='callgrind.')
    os.close(fd)
    try:
        subprocess.run(['valgrind', '--tool=callgrind', '--callgrind-out-file=' + path] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                       env=dict(os.environ, GC_DONT_GC='1', GOGC='off'))
        with open(path) as f:
            for line in f:
                if line.startswith('totals:') or line.startswith('summary:'):
                    return int(line.split()[1])
    except (subprocess.CalledProcessError, ValueError):
        return None
    finally:
        os.unlink(path)
    return None


def claims(bins):
    """minigo's own claims, counted in instructions (deterministic, unlike
    time on a shared machine)."""
    ours = bins['maps'][0]
    counts = {n: instructions([ours, n]) for n in ('assign-direct', 'assign-ptr', 'small-local', 'small-escape')}
    if None in counts.values():
        return
    print('instructions (callgrind, whole run, collector off): assign-ptr / assign-direct %.3f; '
          'small-local / small-escape %.2f'
          % (counts['assign-ptr'] / counts['assign-direct'], counts['small-local'] / counts['small-escape']))


def largest_test_program():
    files = glob.glob(os.path.join(ROOT, 'tests/run/*.go')) + glob.glob(os.path.join(ROOT, 'tests/check/*.go'))
    return max(files, key=lambda f: sum(1 for _ in open(f, encoding='utf-8', errors='replace')))


def fresh_copy(f, out, k):
    """f with a unique trailing comment, so go build recompiles package main
    (the standard library stays in gc's build cache, as in an edit-compile
    cycle) and both compilers read the same new file."""
    dst = os.path.join(out, 'compile_%d_%s' % (k, os.path.basename(f)))
    with open(f, encoding='utf-8', errors='replace') as src, open(dst, 'w') as d:
        d.write(src.read() + '\n// run %d %f\n' % (k, time.time()))
    return dst


def compile_times(minigo, out, files):
    print('== compile time: medians; go build recompiles main and links (std cached)')
    print('%-36s %8s %8s %8s %6s %6s' % ('program', '-N s', 'O2 s', 'go s', '-N/go', 'O2/go'))
    for f, runs in files:
        exe = os.path.join(out, 'compile_probe')
        cmds = [
            [minigo, 'build', '-N', '-o', exe, '{f}'],
            [minigo, 'build', '-o', exe, '{f}'],
            ['go', 'build', '-o', exe, '{f}'],
        ]
        meds = []
        for c in cmds:
            ts = []
            for k in range(runs):
                src = fresh_copy(f, out, k)
                t0 = time.perf_counter()
                subprocess.run([a.replace('{f}', src) for a in c], check=True, stdout=subprocess.DEVNULL,
                               env=go_env())
                ts.append(time.perf_counter() - t0)
                os.unlink(src)
            meds.append(statistics.median(ts))
        lines = sum(1 for _ in open(f, encoding='utf-8', errors='replace'))
        label = '%s (%d lines, %d runs)' % (os.path.basename(f), lines, runs)
        print('%-36s %8.2f %8.2f %8.2f %6s %6s' % (label, meds[0], meds[1], meds[2], ratio(meds[0], meds[2]),
                                                   ratio(meds[1], meds[2])), flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default='./minigo')
    ap.add_argument('--out', default='build/bench/go')
    ap.add_argument('--pairs', type=int, default=7)
    ap.add_argument('--big', help='also time compiling this (the generated 200,000-line program)')
    ap.add_argument('--compile-runs', type=int, default=5, help='runs on the largest test program (1 on --big)')
    ap.add_argument('--no-compile', action='store_true')
    ap.add_argument('--no-runtime', action='store_true')
    args = ap.parse_args()
    args.minigo = os.path.abspath(args.minigo)
    pairs = max(7, args.pairs)
    if not args.no_runtime:
        bins = build(args.minigo, args.out)
        runtime_table(bins, pairs)
        claims(bins)
    if not args.no_compile:
        files = [(largest_test_program(), args.compile_runs)]
        if args.big:
            files.append((args.big, 1))
        compile_times(args.minigo, args.out, files)
    return 0


if __name__ == '__main__':
    sys.exit(main())
