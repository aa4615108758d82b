#!/usr/bin/env python3
"""run.py — the runtime test suite (make test-runtime).

Runs the C drivers built by runtime/runtime.mk three ways: optimised
(build/runtime/tests/rel), under ASan+UBSan (build/runtime/tests/san) and
under valgrind (the optimised binaries). Outputs are compared with the
expectations stored beside this file, which come from gc:
  fmt_cases.out        stdout of go/fmt_cases.go fmt_formats.txt
  rt_cases.json        stdout, stderr (through "goroutine 1 [running]:")
                       and exit status of go/rt_cases.go CASE, per case
Where `go` is installed the gc programs are run again and must still
produce the stored expectations. `run.py --regen` rewrites them from gc.
Prints `runtime: N passed, N failed` last; exits 1 on any failure.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REL = os.path.join(ROOT, "build/runtime/tests/rel")
SAN = os.path.join(ROOT, "build/runtime/tests/san")
FORMATS = os.path.join(HERE, "fmt_formats.txt")
FMT_OUT = os.path.join(HERE, "fmt_cases.out")
RT_JSON = os.path.join(HERE, "rt_cases.json")
SUPP = os.path.join(HERE, "valgrind.supp")

# Cases compared with gc, in order.
RT_CASES = """print strings slices index index-neg slice-bounds slice-bounds-b slice3
nilmap divide nilderef string int float named-string named-float error stringer
struct nil repanic nested recover recover-runtime order named-result assert exit
args goexit-main""".split()
# Fatal errors gc cannot be driven into deterministically here; their text
# is Go's (runtime/map.go fatal("concurrent map writes"), stack.go).
C_ONLY = {
    "concurrent-write": {"stdout": "", "stderr": "fatal error: concurrent map writes\n\ngoroutine 1 [running]:\n", "rc": 2},
    "stack-overflow": {"stdout": "", "stderr": "runtime: goroutine stack exceeds 1000000000-byte limit\n"
                       "fatal error: stack overflow\n\ngoroutine 1 [running]:\n", "rc": 2},
}
# Cases that fault on purpose (SIGSEGV turned into a panic): valgrind
# rightly reports the faulting read and the frame the handler injects.
FAULT_CASES = {"nilderef", "recover-runtime", "stack-overflow"}

SAN_ENV = dict(os.environ, ASAN_OPTIONS="detect_leaks=0", UBSAN_OPTIONS="print_stacktrace=1")
VALGRIND = ["valgrind", "-q", "--error-exitcode=99", "--suppressions=" + SUPP]

passed = failed = 0


def report(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("  ok   " + name)
    else:
        failed += 1
        print("  FAIL " + name + (": " + detail if detail else ""))


def run(cmd, env=None, timeout=900):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=timeout)
        return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode
    except subprocess.TimeoutExpired:
        return "", "timeout", -1


ADDR = re.compile(r"0x[0-9a-f]{6,12}(?![0-9a-f])")


def norm_addr(s):
    return ADDR.sub("0xADDR", re.sub(r"pc=0x[0-9a-f]+", "pc=0xADDR", s))


def norm_stderr(s):
    """Through the goroutine line: gc's traceback that follows is not ours."""
    out = []
    for line in s.splitlines(True):
        if line.startswith("runtime: sp="):
            continue
        out.append(line)
        if line.startswith("goroutine 1 [running]:"):
            break
    return norm_addr("".join(out))


def first_diff(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(al, bl)):
        if x != y:
            return "line %d: want %r got %r" % (i + 1, x, y)
    return "length differs: want %d lines, got %d" % (len(al), len(bl))


def have(tool):
    return shutil.which(tool) is not None


# ---- gc oracle ------------------------------------------------------------

def go_fmt_cases():
    out, err, rc = run(["go", "run", os.path.join(HERE, "go/fmt_cases.go"), FORMATS])
    return out if rc == 0 else None


def go_rt_cases():
    tmp = tempfile.mkdtemp()
    exe = os.path.join(tmp, "rt_cases")
    _, err, rc = run(["go", "build", "-o", exe, os.path.join(HERE, "go/rt_cases.go")])
    if rc != 0:
        sys.stderr.write(err)
        return None
    res = {}
    for c in RT_CASES:
        out, err, rc = run([exe, c])
        res[c] = {"stdout": out, "stderr": norm_stderr(err), "rc": rc}
    shutil.rmtree(tmp)
    return res


def regen():
    out = go_fmt_cases()
    rt = go_rt_cases()
    if out is None or rt is None:
        sys.exit("regen: go failed")
    with open(FMT_OUT, "w") as f:
        f.write(out)
    with open(RT_JSON, "w") as f:
        json.dump(rt, f, indent=1, sort_keys=True)
        f.write("\n")
    print("regenerated", FMT_OUT, RT_JSON)


# ---- suites -----------------------------------------------------------------

def self_checking(name, args, vg_args):
    """A driver that checks itself and prints '<name>: ok'."""
    for mode, cmd, env in (("rel", [os.path.join(REL, name)] + args, None),
                           ("asan+ubsan", [os.path.join(SAN, name)] + vg_args[:1] + args[1:], SAN_ENV),
                           ("valgrind", VALGRIND + [os.path.join(REL, name)] + vg_args[1:], None)):
        if mode == "valgrind" and not have("valgrind"):
            continue
        out, err, rc = run(cmd, env)
        ok = rc == 0 and (name + ": ok") in out
        report("%s [%s]" % (name, mode), ok, (err or out)[-600:].strip())


def fmt_suite(expected):
    def filtered(text, idx):
        return "".join(l for l in text.splitlines(True) if not l.startswith("%d " % idx))
    nil_pstr = None
    m = re.search(r"^(\d+) %v => <nil>\n(?:.*\n)*?\1 %T => \*main\.PStr$", expected, re.M)
    if m:
        nil_pstr = int(m.group(1))
    for mode, cmd, env in (("rel", [os.path.join(REL, "fmt_cases"), FORMATS], None),
                           ("asan+ubsan", [os.path.join(SAN, "fmt_cases"), FORMATS], SAN_ENV),
                           ("valgrind", VALGRIND + [os.path.join(REL, "fmt_cases"), FORMATS],
                            dict(os.environ, MINIGO_NO_FAULTS="1"))):
        if mode == "valgrind" and not have("valgrind"):
            continue
        out, err, rc = run(cmd, env)
        want, got = norm_addr(expected), norm_addr(out)
        if mode == "valgrind" and nil_pstr is not None:
            want, got = filtered(want, nil_pstr), filtered(got, nil_pstr)
        ok = rc == 0 and want == got
        report("fmt_cases [%s]" % mode, ok, err[-600:] if rc else first_diff(want, got))


def rt_suite(expected):
    cases = dict(expected)
    cases.update(C_ONLY)
    for mode in ("rel", "asan+ubsan", "valgrind"):
        if mode == "valgrind" and not have("valgrind"):
            continue
        bad = []
        for c, want in cases.items():
            if mode == "valgrind" and c in FAULT_CASES:
                continue
            exe = os.path.join(SAN if mode == "asan+ubsan" else REL, "rt_cases")
            cmd = ([exe, c] if mode != "valgrind" else VALGRIND + [exe, c])
            out, err, rc = run(cmd, SAN_ENV if mode == "asan+ubsan" else None)
            got = {"stdout": out, "stderr": norm_stderr(err), "rc": rc}
            if got != {"stdout": want["stdout"], "stderr": norm_stderr(want["stderr"]), "rc": want["rc"]}:
                bad.append("%s (want %r, got %r)" % (c, want, got))
        report("rt_cases [%s] (%d cases)" % (mode, len(cases)), not bad, "; ".join(bad)[:1500])


def main():
    if "--regen" in sys.argv:
        regen()
        return
    with open(FMT_OUT) as f:
        fmt_expected = f.read()
    with open(RT_JSON) as f:
        rt_expected = json.load(f)

    print("runtime: maps")
    self_checking("map_diff", ["10000000"], ["500000", "200000"])
    self_checking("map_internals", [], [])
    print("runtime: fmt, print, panics, strings, slices")
    fmt_suite(fmt_expected)
    rt_suite(rt_expected)
    if have("go"):
        print("runtime: re-checking the stored expectations with gc")
        out = go_fmt_cases()
        report("gc: fmt_cases.out", out is not None and norm_addr(out) == norm_addr(fmt_expected),
               "" if out is None else first_diff(norm_addr(fmt_expected), norm_addr(out)))
        rt = go_rt_cases()
        bad = [c for c in RT_CASES if rt is None or rt[c] != rt_expected.get(c)]
        report("gc: rt_cases.json", not bad, "differs: " + ", ".join(bad))
    else:
        print("runtime: go not installed; gc re-check skipped")
    print("runtime: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
