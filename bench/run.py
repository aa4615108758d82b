#!/usr/bin/env python3
"""bench/run.py — run-time benchmarks, minigo side by side with gc.

Every bench/*/bench.json describes a set: command templates for our side
and the Go side ({name} and {n} are substituted) and a list of benchmarks,
each with a name passed to the programs. Each program prints "ns=<nanoseconds of the
measured phase>" and, with BENCH_SKIP=1 in its environment, does only its
setup (callgrind counts the measured phase as the difference). For every benchmark this runs at least 7 alternating
pairs (ours first on even pairs, Go first on odd ones) and prints the
median time and peak RSS of each side, their ratios (ours / Go; below 1.0
means faster or smaller), and callgrind instruction counts of the measured
phase on each side (Go under GODEBUG=asyncpreemptoff=1).

usage: bench/run.py [--pairs N] [--no-callgrind] [--only SUBSTRING]
Later benchmark sets (compiled minigo programs against go build) add a
bench.json of their own; this driver runs them all.
"""
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def expand(template, name, n):
    return [os.path.join(ROOT, a) if a.startswith("build/") else a.format(name=name, n=n) for a in template]


def run_once(cmd, env=None):
    """(ns, peak RSS in KiB) of one run."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out = p.stdout.read().decode()
    err = p.stderr.read().decode()
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    m = re.search(r"ns=(\d+)", out)
    if p.returncode != 0 or not m:
        raise RuntimeError("%s failed (%d): %s%s" % (" ".join(cmd), p.returncode, out, err))
    return int(m.group(1)), ru.ru_maxrss


def callgrind_total(cmd, env):
    """Instructions of a whole run (every thread) under callgrind."""
    fd, path = tempfile.mkstemp(prefix="callgrind.")
    os.close(fd)
    try:
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + path] + cmd,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, check=True)
        with open(path) as f:
            for line in f:
                if line.startswith("totals:") or line.startswith("summary:"):
                    return int(line.split()[1])
    except (subprocess.CalledProcessError, ValueError):
        return None
    finally:
        os.unlink(path)
    return None


def callgrind(cmd, env, runs):
    """Instructions of the measured phase: the whole program minus a run of
    it with BENCH_SKIP=1 (setup only), both with the collector off on both
    sides (GOGC=off, GC_DONT_GC=1) so the count is the mutator's work and
    does not depend on when a collection happens. Go's runtime threads add
    a little noise; the minimum of `runs` runs of each is used."""
    if not shutil.which("valgrind"):
        return None
    full_env = dict(env, GOGC="off", GC_DONT_GC="1", BENCH_NO_COLLECT="1")
    full_env.pop("BENCH_SKIP", None)
    skip_env = dict(full_env, BENCH_SKIP="1")
    full = [callgrind_total(cmd, full_env) for _ in range(runs)]
    skip = [callgrind_total(cmd, skip_env) for _ in range(runs)]
    if None in full or None in skip:
        return None
    return max(min(full) - min(skip), 1)


def fmt_ratio(a, b):
    return "%.2f" % (a / b) if a and b else "-"


def main():
    args = sys.argv[1:]
    pairs = 7
    if "--pairs" in args:
        pairs = max(7, int(args[args.index("--pairs") + 1]))
    only = args[args.index("--only") + 1] if "--only" in args else ""
    do_cg = "--no-callgrind" not in args
    go_env = dict(os.environ, GODEBUG="asyncpreemptoff=1")
    worst = 0.0
    for spec_path in sorted(glob.glob(os.path.join(ROOT, "bench/*/bench.json"))):
        with open(spec_path) as f:
            spec = json.load(f)
        print("== " + spec["title"])
        print("   medians of %d alternating pairs; ratio = ours / go" % pairs)
        hdr = "%-16s %10s %10s %6s  %8s %8s %6s" % ("benchmark", "ours ms", "go ms", "time", "ours MB", "go MB", "mem")
        if do_cg:
            hdr += "  %14s %14s %6s" % ("ours Ir", "go Ir", "Ir")
        print(hdr)
        for b in spec["benchmarks"]:
            name = b["name"]
            if only and only not in name:
                continue
            ours = expand(spec["ours"], name, spec["n"])
            gocmd = expand(spec["go"], name, spec["n"])
            t_o, t_g, m_o, m_g = [], [], [], []
            for i in range(pairs):
                order = [(ours, t_o, m_o, None), (gocmd, t_g, m_g, None)]
                if i % 2:
                    order.reverse()
                for cmd, ts, ms, env in order:
                    ns, rss = run_once(cmd, env)
                    ts.append(ns)
                    ms.append(rss)
            mo, mg = statistics.median(t_o), statistics.median(t_g)
            ro, rg = statistics.median(m_o), statistics.median(m_g)
            worst = max(worst, mo / mg)
            line = "%-16s %10.1f %10.1f %6s  %8.1f %8.1f %6s" % (
                name, mo / 1e6, mg / 1e6, fmt_ratio(mo, mg), ro / 1024, rg / 1024, fmt_ratio(ro, rg))
            if do_cg:
                n = spec.get("callgrind_n", spec["n"])
                io = callgrind(expand(spec["ours"], name, n), dict(os.environ), 1)  # deterministic
                ig = callgrind(expand(spec["go"], name, n), go_env, 3)
                line += "  %14s %14s %6s" % (io or "-", ig or "-", fmt_ratio(io, ig))
            print(line, flush=True)
        if do_cg and "callgrind_n" in spec:
            print("   Ir: callgrind instructions of the measured phase at n=%d: whole program minus" % spec["callgrind_n"])
            print("   a setup-only run (BENCH_SKIP=1), collectors off (GOGC=off, GC_DONT_GC=1);")
            print("   the kernel's page zeroing, which Go relies on and we memset, is not counted")
    print("worst time ratio: %.2f" % worst)


if __name__ == "__main__":
    main()
