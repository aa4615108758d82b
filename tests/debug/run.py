#!/usr/bin/env python3
"""tests/debug/run.py — gdb sessions on minigo executables (issue 8).

Each tests/debug/*.gdb is a gdb batch script whose header says what to
debug and what gdb must print:
    # program: examples/maps.go     the Go source built with minigo build
    # flags: -N                     build flags (optional)
    # gdbflags: -iex 'set auto-load safe-path /'   gdb options before -x (optional)
    #> REGEX                        a line of gdb's output must match, in order
The script runs with `gdb -batch -nx -x SCRIPT EXE` from the repository root
(so breakpoints by file:line and source paths resolve). Each script is one
test; without gdb the suite reports every script as skipped-passed.
"""
import os, re, shlex, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def parse(path):
    program, flags, gdbflags, expects = None, [], [], []
    with open(path) as f:
        for line in f:
            if line.startswith("# program:"):
                program = line.split(":", 1)[1].strip()
            elif line.startswith("# flags:"):
                flags = line.split(":", 1)[1].split()
            elif line.startswith("# gdbflags:"):
                gdbflags = shlex.split(line.split(":", 1)[1])
            elif line.startswith("#>"):
                expects.append(line[2:].strip())
    return program, flags, gdbflags, expects


def run_one(script, minigo, tmp):
    program, flags, gdbflags, expects = parse(script)
    if not program or not expects:
        return "no '# program:' or no '#>' expectation"
    exe = os.path.join(tmp, os.path.basename(script)[:-4])
    b = subprocess.run([minigo, "build", *flags, "-o", exe, program], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    if b.returncode != 0:
        return "minigo build failed:\n" + b.stderr
    try:
        r = subprocess.run(["gdb", "-batch", "-nx", *gdbflags, "-x", script, exe], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        return "gdb timed out"
    out = (r.stdout + r.stderr).splitlines()
    pos = 0
    for exp in expects:
        rx = re.compile(exp)
        while pos < len(out) and not rx.search(out[pos]):
            pos += 1
        if pos == len(out):
            return "expected (in order) /%s/ not found; gdb printed:\n%s" % (exp, "\n".join(out))
        pos += 1
    return None


def main():
    minigo = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "minigo"))
    scripts = sorted(os.path.join(ROOT, "tests", "debug", f)
                     for f in os.listdir(os.path.join(ROOT, "tests", "debug")) if f.endswith(".gdb"))
    passed = failed = 0
    if shutil.which("gdb") is None:
        print("debug: gdb not installed, sessions skipped")
        print("debug: %d passed, 0 failed" % 0)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for s in scripts:
            err = run_one(s, minigo, tmp)
            if err:
                failed += 1
                print("FAIL %s: %s" % (os.path.relpath(s, ROOT), err))
            else:
                passed += 1
    print("debug: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
