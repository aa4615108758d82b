#!/usr/bin/env python3
"""annotate.py — write gc's -m diagnostics into a test file as // ERROR lines.

    tests/escape/annotate.py tests/escape/NAME.go

runs `go tool compile -m -l -p=main` (gc 1.19, the oracle) on the file
and rewrites it in Go's errorcheck format: the header `// errorcheck -0 -m -l`
and, on every line gc reports on, `// ERROR "^message$" ...` (regexp
metacharacters escaped, `"` written as `.`, as Go's own tests do). Existing
ERROR comments are replaced. Expectations therefore always come from gc;
run it again after changing a test.
"""
import os
import re
import subprocess
import sys
import tempfile

HEADER = '// errorcheck -0 -m -l'


def gc_messages(path):
    d = tempfile.mkdtemp(prefix='annot')
    try:
        p = subprocess.run(['go', 'tool', 'compile', '-m', '-l', '-p=main', '-o', os.path.join(d, 'o.o'),
                            os.path.basename(path)], cwd=os.path.dirname(os.path.abspath(path)),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    finally:
        for f in os.listdir(d):
            os.unlink(os.path.join(d, f))
        os.rmdir(d)
    out = p.stdout.decode()
    if p.returncode != 0:
        sys.exit('%s: gc fails:\n%s' % (path, out))
    msgs = {}
    base = os.path.basename(path)
    for line in out.split('\n'):
        m = re.match(r'^(?:\./)?%s:(\d+):\d+: (.*)$' % re.escape(base), line)
        if m:
            msgs.setdefault(int(m.group(1)), []).append(m.group(2))
    return msgs


def quote(msg):
    rx = re.sub(r'([\\.+*?()|\[\]{}^$])', r'\\\1', msg)
    return '"^' + rx.replace('"', '.') + '$"'


def main():
    for path in sys.argv[1:]:
        with open(path) as f:
            src = f.read()
        lines = src.split('\n')
        lines = [re.sub(r'\s*// ERROR .*$', '', l) for l in lines]
        if not lines[0].startswith('// errorcheck'):
            lines = [HEADER, ''] + lines
        with open(path, 'w') as f:
            f.write('\n'.join(lines))
        msgs = gc_messages(path)
        for ln, ms in msgs.items():
            # one regexp per distinct message: a regexp takes every message it matches on its line
            uniq = list(dict.fromkeys(ms))
            lines[ln - 1] += ' // ERROR ' + ' '.join(quote(m) for m in uniq)
        with open(path, 'w') as f:
            f.write('\n'.join(lines))


if __name__ == '__main__':
    main()
