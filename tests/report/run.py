#!/usr/bin/env python3
"""tests/report/run.py — `minigo report` checked in a real browser.

For each program in BROWSER_CASES the report is generated, parsed for
well-formedness, then loaded from file:// in headless Chromium driven
through chromedriver's W3C WebDriver HTTP protocol (urllib + json only).
The script in the page must finish (body[data-ready]), every function
must have its five sections (source with -m notes, one SSA column per
pass plus "build", -m=2 text, IR with `define`, an <svg> escape graph
whose node titles hold {heap} and a variable), clicking a value must
highlight its uses across columns (and clicking again clear them), and
the page must have made no network request and logged no console error.

Then, cheaply, every tests/run/*.go and tests/escape2/*.go gets a report
from the ASan+UBSan build: exit 0, no sanitizer output, balanced HTML,
every function present.

Usage: run.py --minigo ./minigo [--debug build/debug/minigo] [--keep DIR]
Closing line: `report: N passed, N failed`; exit 1 when anything failed.
"""
import argparse
import glob
import html.parser
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"

# program, a function with an escaping allocation (its -m=2 text must
# explain it), a variable of that function the graph must show, and a
# function whose SSA values we click.
BROWSER_CASES = [
    ("examples/maps.go", "reset", "p", "main"),
    ("tests/escape2/closures.go", None, None, None),
    ("tests/escape2/results.go", None, None, None),
]


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: %s%s" % (what, (": " + detail) if detail else ""))
        return ok


# ---- static checks ------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Balance(html.parser.HTMLParser):
    """Checks that every element is closed in order (SVG's self-closing
    elements come through handle_startendtag)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.errors = []
        self.sections = []

    def handle_starttag(self, tag, attrs):
        if tag == "section":
            self.sections.append(dict(attrs).get("data-func"))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("unexpected </%s> (open: %s)" % (tag, "/".join(self.stack[-4:])))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()


def functions_of(minigo, path):
    """The function names `minigo ssa` prints (its header lines)."""
    p = subprocess.run([minigo, "ssa", path], capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        return None
    return [l.split(" ", 1)[0] for l in p.stdout.splitlines() if l and not l[0].isspace()]


def npasses(minigo, path, func):
    p = subprocess.run([minigo, "ssa", "-passes", "-func", func, path], capture_output=True, text=True, timeout=120)
    return sum(1 for l in p.stdout.splitlines() if l.startswith("pass ")) if p.returncode == 0 else -1


def static_check(res, label, page, funcs):
    try:
        with open(page, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        return res.check(False, label + ": page readable", str(e))
    b = Balance()
    b.feed(text)
    b.close()
    ok = res.check(not b.errors and not b.stack, label + ": balanced HTML",
                   "; ".join(b.errors[:3]) + (" unclosed: %s" % b.stack[-5:] if b.stack else ""))
    if funcs is not None:
        missing = [f for f in funcs if f not in b.sections]
        ok &= res.check(not missing, label + ": every function has a section", "missing %s" % missing)
    ok &= res.check(not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", text),
                    label + ": no external references")
    return ok


# ---- WebDriver ------------------------------------------------------------------------


class WebDriver:
    def __init__(self, port):
        self.base = "http://127.0.0.1:%d" % port
        self.sid = None

    def call(self, method, path, body=None, timeout=60):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return json.loads(r.read().decode() or "{}").get("value")
        except urllib.error.HTTPError as e:
            raise RuntimeError("%s %s: %s" % (method, path, e.read().decode()[:500]))

    def s(self, method, path, body=None, timeout=60):
        return self.call(method, "/session/%s%s" % (self.sid, path), body, timeout)

    def start(self):
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--allow-file-access-from-files", "--window-size=1600,1200"],
            },
            "goog:loggingPrefs": {"browser": "ALL"},
            "timeouts": {"script": 20000, "pageLoad": 60000, "implicit": 0},
        }}}
        v = self.call("POST", "/session", caps, timeout=90)
        self.sid = v["sessionId"]

    def quit(self):
        if self.sid:
            try:
                self.call("DELETE", "/session/" + self.sid, timeout=20)
            except Exception:
                pass
            self.sid = None

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        v = self.s("POST", "/element", {"using": "css selector", "value": css})
        if not isinstance(v, dict) or ELEMENT not in v:
            raise RuntimeError("find %s: %s" % (css, v))
        return v[ELEMENT]

    def click(self, css):
        eid = self.find(css)
        self.js("arguments[0].scrollIntoView({block:'center'});", {ELEMENT: eid})
        self.s("POST", "/element/%s/click" % eid, {})

    def console(self):
        try:
            return self.s("POST", "/se/log", {"type": "browser"}) or []
        except RuntimeError:
            return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_chromedriver(logdir):
    port = free_port()
    log = open(os.path.join(logdir, "chromedriver.log"), "w")
    proc = subprocess.Popen([CHROMEDRIVER, "--port=%d" % port], stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/status" % port, timeout=2) as r:
                if json.loads(r.read().decode())["value"].get("ready"):
                    return proc, port
        except Exception:
            time.sleep(0.2)
        if proc.poll() is not None:
            break
    stop(proc)
    raise RuntimeError("chromedriver did not start (see %s/chromedriver.log)" % logdir)


def stop(proc):
    if proc and proc.poll() is None:
        try:
            os.killpg(proc.pid, 15)
            proc.wait(timeout=10)
        except Exception:
            try:
                os.killpg(proc.pid, 9)
            except Exception:
                pass


# ---- the browser checks -----------------------------------------------------------------

SECTIONS_JS = r"""
var out = {};
document.querySelectorAll('section.func').forEach(function (s) {
  var name = s.getAttribute('data-func');
  var titles = [];
  s.querySelectorAll('.graph svg g.node title').forEach(function (t) { titles.push(t.textContent); });
  out[name] = {
    id: s.id,
    srcRows: s.querySelectorAll('.source table.src tr').length,
    notes: Array.prototype.map.call(s.querySelectorAll('.source .note'), function (n) { return n.textContent; }),
    columns: s.querySelectorAll('.ssa .col').length,
    passes: Array.prototype.map.call(s.querySelectorAll('.ssa .col'), function (c) { return c.getAttribute('data-pass'); }),
    values: s.querySelectorAll('.ssa span.v').length,
    why: s.querySelector('.why') ? s.querySelector('.why').textContent : null,
    ir: Array.prototype.map.call(s.querySelectorAll('.llvm .ir'), function (p) { return p.textContent; }),
    svg: s.querySelectorAll('.graph svg').length,
    titles: titles,
    visible: s.getBoundingClientRect().height > 0
  };
});
return out;
"""

# A value defined in the "build" column of section `id` whose uses appear
# in at least two columns: the id of its definition, and its number.
PICK_JS = r"""
var s = document.getElementById(arguments[0]);
var defs = s.querySelectorAll('.col[data-index="0"] span.v.def');
for (var i = 0; i < defs.length; i++) {
  var v = defs[i].getAttribute('data-v');
  var uses = s.querySelectorAll('span.v[data-v="' + v + '"]:not(.def)');
  var cols = new Set();
  uses.forEach(function (u) { cols.add(u.closest('.col').getAttribute('data-index')); });
  if (cols.size >= 2) return v;
}
return null;
"""

STATE_JS = r"""
var s = document.getElementById(arguments[0]), v = arguments[1], kind = arguments[2] || 'v';
var all = s.querySelectorAll('[data-' + kind + '="' + v + '"]');
var hl = 0, usesHl = 0, cols = new Set();
all.forEach(function (e) {
  if (e.classList.contains('hl')) { hl++; cols.add(e.closest('.col').getAttribute('data-index')); if (!e.classList.contains('def')) usesHl++; }
});
return {total: all.length, hl: hl, usesHl: usesHl, cols: cols.size,
        others: s.querySelectorAll('.hl').length - hl,
        anywhere: document.querySelectorAll('.hl').length};
"""


def browser_checks(res, wd, label, page, case, minigo):
    src, esc_func, var, click_func = case
    wd.s("POST", "/url", {"url": "file://" + os.path.abspath(page)})
    ready = False
    for _ in range(100):
        if wd.js("return document.body && document.body.getAttribute('data-ready');") == "1":
            ready = True
            break
        time.sleep(0.1)
    res.check(ready, label + ": page script ran to the end (body[data-ready])")
    info = wd.js(SECTIONS_JS)
    funcs = functions_of(minigo, os.path.join(ROOT, src))
    res.check(funcs is not None and sorted(info.keys()) == sorted(funcs), label + ": one section per function",
              "page %s, ssa %s" % (sorted(info.keys()), funcs))
    for name, f in sorted(info.items()):
        what = "%s %s" % (label, name)
        if name != "init":
            res.check(f["srcRows"] > 0, what + ": source lines shown")
        # `ssa -passes` prints "pass build" then one "pass NAME" per pass.
        want = npasses(minigo, os.path.join(ROOT, src), name) if name != "init" else f["columns"]
        res.check(f["columns"] == want and f["passes"][0] == "build",
                  what + ": SSA columns = passes + 1", "%d columns, want %d" % (f["columns"], want))
        res.check(f["values"] > 0, what + ": SSA values marked")
        res.check(f["why"] is not None, what + ": -m=2 section")
        # O2 may inline a literal away; the page then says so.
        res.check(len(f["ir"]) == 2 and "define " in f["ir"][0] and
                  ("define " in f["ir"][1] or "not in this module" in f["ir"][1]), what + ": IR (-O0, O2) with define")
        if name != "init":
            res.check(f["svg"] == 1 and "{heap}" in f["titles"], what + ": escape graph SVG with {heap}",
                      "svg=%d titles=%s" % (f["svg"], f["titles"][:6]))
        res.check(f["visible"], what + ": section rendered")
    all_notes = sum((f["notes"] for f in info.values()), [])
    res.check(any("escapes to heap" in n or "moved to heap" in n for n in all_notes)
              and any("does not escape" in n for n in all_notes),
              label + ": source notes show heap and stack decisions")
    if esc_func:
        f = info.get(esc_func, {})
        res.check(f.get("why") and "escapes to heap:" in f["why"] and "flow:" in f["why"],
                  label + ": -m=2 explains the escape in " + esc_func)
        res.check(var in f.get("titles", []), label + ": graph of %s shows variable %s" % (esc_func, var),
                  str(f.get("titles")))
    if click_func:
        click_checks(res, wd, label, info[click_func]["id"])
    net = wd.js("return performance.getEntriesByType('resource').map(function(e){return e.name;});")
    res.check(net == [], label + ": no network requests", str(net[:5]))
    logs = wd.console()
    if logs is not None:
        bad = [l for l in logs if l.get("level") in ("SEVERE", "WARNING")]
        res.check(not bad, label + ": no console errors", str(bad[:3]))


def click_checks(res, wd, label, sid):
    v = wd.js(PICK_JS, sid)
    if not res.check(v is not None, label + ": a value used in several columns"):
        return
    sel = '#%s .col[data-index="0"] span.v.def[data-v="%s"]' % (sid, v)
    wd.click(sel)
    st = wd.js(STATE_JS, sid, v)
    res.check(st["hl"] == st["total"] and st["usesHl"] >= 2 and st["cols"] >= 2 and st["others"] == 0,
              label + ": clicking %s highlights it and its uses in every column" % v, str(st))
    wd.click(sel)
    st = wd.js(STATE_JS, sid, v)
    res.check(st["anywhere"] == 0, label + ": clicking %s again clears" % v, str(st))
    # A use in the last column, then a block: the previous selection goes.
    wd.click(sel)
    wd.click('#%s .col[data-index="0"] span.b.def' % sid)
    b = wd.js("return document.querySelector('#%s .col[data-index=\"0\"] span.b.def').getAttribute('data-b');" % sid)
    st_v = wd.js(STATE_JS, sid, v)
    st_b = wd.js(STATE_JS, sid, b, "b")
    res.check(st_v["hl"] == 0 and st_b["hl"] == st_b["total"] and st_b["total"] > 0,
              label + ": clicking block %s moves the highlight" % b, "%s %s" % (st_v, st_b))
    wd.click('#%s .col[data-index="0"] span.b.def' % sid)


# ---- main ----------------------------------------------------------------------------------


def generate(res, minigo, src, out, label, env=None):
    t0 = time.time()
    p = subprocess.run([minigo, "report", src, "-o", out], capture_output=True, text=True, timeout=600, env=env)
    dt = time.time() - t0
    ok = res.check(p.returncode == 0 and os.path.exists(out), label + ": minigo report exits 0",
                   "rc=%d %s" % (p.returncode, p.stderr[-800:]))
    if ok and p.stderr.strip():
        ok = res.check(False, label + ": nothing on stderr", p.stderr[-800:])
    return ok, dt


def main():
    # make may stop us with SIGTERM: unwind so chromedriver is stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    ap = argparse.ArgumentParser()
    ap.add_argument("--minigo", default=os.path.join(ROOT, "minigo"))
    ap.add_argument("--debug", default=None)
    ap.add_argument("--keep", default=None, help="write the pages to this directory and keep them")
    args = ap.parse_args()
    minigo = os.path.abspath(args.minigo)
    res = Results()
    tmp = tempfile.mkdtemp(prefix="minigo-report-")
    outdir = args.keep or tmp
    os.makedirs(outdir, exist_ok=True)
    try:
        run_all(res, minigo, args, outdir, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("report: %d passed, %d failed" % (res.passed, res.failed))
    return 1 if res.failed else 0


def run_all(res, minigo, args, outdir, tmp):
    # Error handling first: a missing file and a compile error.
    p = subprocess.run([minigo, "report", os.path.join(tmp, "nope.go"), "-o", os.path.join(tmp, "x.html")],
                       capture_output=True, text=True, timeout=60)
    res.check(p.returncode == 1 and "nope.go" in p.stderr, "missing file: exit 1 with a message", p.stderr)
    bad = os.path.join(tmp, "bad.go")
    with open(bad, "w") as f:
        f.write("package main\n\nfunc main() {\n\tx := 1\n}\n")
    p = subprocess.run([minigo, "report", bad, "-o", os.path.join(tmp, "bad.html")], capture_output=True, text=True,
                       timeout=60)
    res.check(p.returncode == 1 and re.search(r"bad\.go:4:2: .*x", p.stderr) and
              not os.path.exists(os.path.join(tmp, "bad.html")), "compile error: diagnostic, exit 1", p.stderr)

    pages = []
    for case in BROWSER_CASES:
        src = os.path.join(ROOT, case[0])
        out = os.path.join(outdir, os.path.basename(case[0])[:-3] + ".html")
        ok, dt = generate(res, minigo, src, out, case[0])
        if ok:
            size = os.path.getsize(out)
            print("  %s: %d bytes, generated in %.2fs" % (case[0], size, dt))
            static_check(res, case[0], out, functions_of(minigo, src))
            pages.append((case, out))

    missing = [t for t in (CHROMIUM, CHROMEDRIVER) if not os.access(t, os.X_OK)]
    if missing or not shutil.which("dot"):
        res.check(False, "browser test needs chromium, chromium-driver and graphviz",
                  "missing %s; install them with tools/deps.sh (apt-get install chromium chromium-driver graphviz)"
                  % (missing + ([] if shutil.which("dot") else ["dot"])))
    else:
        browser(res, minigo, pages, tmp)

    if args.debug:
        sanitizer_sweep(res, os.path.abspath(args.debug), tmp)


def browser(res, minigo, pages, tmp):
    proc = None
    wd = None
    try:
        proc, port = start_chromedriver(tmp)
        wd = WebDriver(port)
        wd.start()
        for case, page in pages:
            try:
                browser_checks(res, wd, case[0], page, case, minigo)
            except (RuntimeError, KeyError, TypeError, urllib.error.URLError, socket.timeout) as e:
                res.check(False, case[0] + ": browser session", repr(e)[:800])
    except (RuntimeError, urllib.error.URLError, socket.timeout, OSError) as e:
        res.check(False, "browser: chromedriver/chromium session", repr(e)[:800])
    finally:
        if wd:
            wd.quit()
        stop(proc)


def sanitizer_sweep(res, debug, tmp):
    files = sorted(glob.glob(os.path.join(ROOT, "tests/run/*.go")) + glob.glob(os.path.join(ROOT, "tests/escape2/*.go")))
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1", UBSAN_OPTIONS="print_stacktrace=1")
    good = 0
    for src in files:
        label = "asan " + os.path.relpath(src, ROOT)
        out = os.path.join(tmp, "asan.html")
        if os.path.exists(out):
            os.remove(out)
        p = subprocess.run([debug, "report", src, "-o", out], capture_output=True, text=True, timeout=600, env=env)
        if not res.check(p.returncode == 0 and "runtime error" not in p.stderr and "Sanitizer" not in p.stderr,
                         label + ": exit 0, sanitizers quiet", "rc=%d %s" % (p.returncode, p.stderr[-600:])):
            continue
        if static_check(res, label, out, functions_of(debug, src)):
            good += 1
    print("  sanitizer sweep: %d of %d programs" % (good, len(files)))


if __name__ == "__main__":
    sys.exit(main())
