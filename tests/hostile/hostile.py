#!/usr/bin/env python3
"""hostile.py — inputs of hostile size, generated at test time.

Each case is written to OUT/ (build/hostile by default; never committed)
and given to `minigo check` with every binary named on the command line
(the release and the ASan+UBSan build). minigo may accept a case or reject
it with a clear error — exit 1 and at most a screenful of
`file:line:col: message` lines — but must never crash, overflow the stack,
hang or trip a sanitizer.

Usage: hostile.py [--out DIR] [--only NAME] MINIGO...
Closing line: `hostile: N passed, N failed`.
"""
import argparse
import os
import re
import subprocess
import sys
import time

DEPTH = 100_000
SANITIZER_RX = re.compile(r'AddressSanitizer|UndefinedBehaviorSanitizer|LeakSanitizer|'
                          r'runtime error:|Sanitizer:|==\d+==ERROR')
MESSAGE_RX = re.compile(r'^[^\s:][^:]*:\d+:\d+: \S')
TIME_LIMIT = 120


def nested_parens():
    return ('package main\n\nvar x = ' + '(' * DEPTH + '1' + ')' * DEPTH +
            '\n\nfunc main() { println(x) }\n')


def nested_blocks():
    return 'package main\n\nfunc main() {\n' + '{' * DEPTH + '}' * DEPTH + '\n}\n'


def ten_megabytes():
    """A valid program of about 10 MB: many small functions over maps."""
    parts = ['package main\n\nimport "fmt"\n']
    size, i = 0, 0
    while size < 10 * 1024 * 1024:
        f = ('\ntype rec%d struct {\n\tid   int\n\tname string\n}\n\n'
             'func (r *rec%d) bump(m map[string]int) int {\n'
             '\tm[r.name] += r.id\n\treturn m[r.name]\n}\n\n'
             'func work%d(xs []int, m map[string]int) int {\n'
             '\ts := 0\n'
             '\tfor i, x := range xs {\n'
             '\t\tif x%%7 == %d {\n\t\t\tm["k%d"] += i\n\t\t\tcontinue\n\t\t}\n'
             '\t\ts += x * %d\n'
             '\t}\n'
             '\tr := &rec%d{id: s, name: "n%d"}\n'
             '\treturn r.bump(m) + len(m)\n'
             '}\n') % (i, i, i, i % 7, i, i % 100 + 1, i, i)
        parts.append(f)
        size += len(f)
        i += 1
    parts.append('\nfunc main() {\n\tm := map[string]int{}\n'
                 '\tfmt.Println(work0([]int{1, 2, 3}, m), work%d(nil, m))\n}\n' % (i - 1))
    return ''.join(parts)


def megabyte_string():
    chunk = 'The quick brown fox jumps over the lazy dog. \\t\\u00e9\\x41 '
    body = chunk * (1024 * 1024 // len(chunk) + 1)
    return ('package main\n\nimport "fmt"\n\nvar text = "' + body + '"\n\n'
            'func main() {\n\tfmt.Println(len(text))\n}\n')


def long_sum():
    """A left-deep binary expression 100,000 operators long."""
    return ('package main\n\nvar total = 1' + ' + 1' * DEPTH +
            '\n\nfunc main() { println(total) }\n')


def unary_chain():
    return ('package main\n\nvar x = ' + '^' * DEPTH + '1\n\n'
            'func main() { println(x) }\n')


def nested_slice_type():
    return ('package main\n\nvar x ' + '[]' * DEPTH + 'int\n\n'
            'func main() { println(len(x)) }\n')


def empty_statements():
    return ('package main\n\nfunc main() {\n' + ';' * (10 * DEPTH) + '\n}\n')


def nested_func_literals():
    depth = DEPTH // 10
    return ('package main\n\nfunc main() {\n' + 'func() {' * depth + '}()' * depth + '\n}\n')


def many_errors_file():
    """100,000 lines each with an error: minigo must stop after ten."""
    return ('package main\n\nfunc main() {\n' +
            ''.join('\t_ = undefined%d\n' % i for i in range(DEPTH)) + '}\n')


CASES = [
    ('parens_100k', nested_parens),
    ('blocks_100k', nested_blocks),
    ('file_10mb', ten_megabytes),
    ('string_1mb', megabyte_string),
    ('sum_100k', long_sum),
    ('unary_100k', unary_chain),
    ('slice_type_100k', nested_slice_type),
    ('semicolons_1m', empty_statements),
    ('func_lits_10k', nested_func_literals),
    ('errors_100k', many_errors_file),
]


def judge(rc, out):
    if SANITIZER_RX.search(out):
        return 'sanitizer report'
    if rc is None:
        return 'timed out after %ds' % TIME_LIMIT
    if rc < 0:
        return 'killed by signal %d' % -rc
    if rc == 0:
        return 'exit 0 with output' if out.strip() else None
    if rc != 1:
        return 'exit status %d' % rc
    lines = [l for l in out.split('\n') if l.strip()]
    if not lines or not MESSAGE_RX.match(lines[0]):
        return 'exit 1 without a file:line:col message'
    if len(lines) > 11:
        return '%d lines of messages: not a clear error' % len(lines)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='build/hostile')
    ap.add_argument('--only', help='run just this case')
    ap.add_argument('--name', default='hostile')
    ap.add_argument('minigo', nargs='+')
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    env = dict(os.environ)
    env.setdefault('ASAN_OPTIONS', 'detect_leaks=0')
    env.setdefault('UBSAN_OPTIONS', 'print_stacktrace=1:halt_on_error=1')
    passed = failed = 0
    for name, make in CASES:
        if args.only and name != args.only:
            continue
        path = os.path.join(args.out, name + '.go')
        with open(path, 'w') as f:
            f.write(make())
        for exe in args.minigo:
            start = time.monotonic()
            try:
                p = subprocess.run([os.path.abspath(exe), 'check', path], stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, timeout=TIME_LIMIT, env=env)
                rc, out = p.returncode, p.stdout.decode('utf-8', 'replace')
            except subprocess.TimeoutExpired:
                rc, out = None, ''
            except OSError as e:
                rc, out = 127, str(e)
            took = time.monotonic() - start
            why = judge(rc, out)
            first = out.strip().split('\n')[0][:150] if out.strip() else '(accepted)'
            if why:
                failed += 1
                print('FAIL %-16s %-20s %6.2fs %s\n  %s' % (name, exe, took, why,
                                                         '\n  '.join(out.split('\n')[:6])[:1500]))
            else:
                passed += 1
                print('ok   %-16s %-20s %6.2fs %s' % (name, exe, took, first))
            sys.stdout.flush()
    print('%s: %d passed, %d failed' % (args.name, passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
