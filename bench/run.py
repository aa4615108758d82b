#!/usr/bin/env python3
"""bench/run.py — run-time benchmarks, minigo side by side with gc.

Every bench/*/bench.json describes a set: command templates for our side
and the Go side ({name} and {n} are substituted) and a list of benchmarks,
each naming the function that does the measured work on each side (for
callgrind's --toggle-collect). Each program prints "ns=<nanoseconds of the
measured phase>". For every benchmark this runs at least 7 alternating
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


def callgrind(cmd, fn, env=None):
    """Instructions executed inside fn (inclusive of its callees on the same
    thread): callgrind --toggle-collect. Boehm collects inline, so our GC
    work is counted; Go's background mark workers run on other threads and
    are not (its GC assists are)."""
    if not shutil.which("valgrind"):
        return None
    fd, path = tempfile.mkstemp(prefix="callgrind.")
    os.close(fd)
    try:
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + path,
                        "--toggle-collect=" + fn] + cmd,
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
                io = callgrind(expand(spec["ours"], name, n), b["ours_fn"])
                ig = callgrind(expand(spec["go"], name, n), b["go_fn"], go_env)
                line += "  %14s %14s %6s" % (io or "-", ig or "-", fmt_ratio(io, ig))
            print(line, flush=True)
        if do_cg and "callgrind_n" in spec:
            print("   Ir: callgrind instructions inside the measured function at n=%d (inclusive;" % spec["callgrind_n"])
            print("   Go's background GC threads not counted, Boehm's inline collections are)")
    print("worst time ratio: %.2f" % worst)


if __name__ == "__main__":
    main()
