#!/usr/bin/env python3
"""check.py — re-run every command shown in the examples' READMEs and
compare its output with what the README says it prints.

Every ```console block of examples/**/*.md is read as a transcript:

    $ COMMAND                 a command, run from the repository root
    output line               what it prints: stdout and stderr together,
    ...                       in the order they were written (one pipe)
    [exit status N]           last line, only when the status is not 0

`COMMAND` is split like a shell word list (quotes work; no pipes,
redirections or variables). Leading NAME=VALUE words set environment
variables for that command only (`MINIGODEBUG=mapgrow=1 minigo run ...`).
The program must be `minigo` (run as the --minigo executable) or `go`
(run only where go is installed, else counted as skipped). A block holding
any other command (gdb sessions, shell snippets) is not a transcript and is
skipped whole. Lines are compared with trailing blanks removed, and
trailing empty lines ignored; on a mismatch a unified diff is printed.

Besides the transcripts, where go is installed, every `minigo run FILE`
command is re-checked against gc: `go run FILE` must print the same
stdout and exit with the same status (MINIGODEBUG output goes to stderr
and is not part of this check); every `minigo escape -m[=2] FILE` must
print exactly `go tool compile -m[=2] -l`'s lines for FILE. Every
examples/*/main.go must appear in some command of its directory's README.

Usage: check.py [--minigo PATH] [--no-gc] [--update] [FILE.md...]
  --update rewrites the outputs in the READMEs from the commands (minigo's
  and, where installed, go's; review the diff: gc is the reference).
Closing line: `examples: N passed, N failed`.
"""
import argparse
import difflib
import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 180
ENV_WORD = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*=')
EXIT_LINE = re.compile(r'^\[exit status (\d+)\]$')
FENCE = re.compile(r'^(```|~~~)\s*([A-Za-z0-9_-]*)\s*$')


class Command:
    """One `$ ...` line of a console block and the output shown under it."""

    def __init__(self, md, line, text):
        self.md = md
        self.line = line          # 1-based line of the `$ ` line in md
        self.text = text
        self.expected = []        # output lines as written in the README
        self.env = {}
        self.argv = []

    def where(self):
        return '%s:%d' % (self.md, self.line)


class Block:
    def __init__(self, start, end):
        self.start, self.end = start, end  # line indexes of the body [start, end)
        self.commands = []


def parse_blocks(md, lines):
    """The console blocks of a markdown file, their commands and outputs."""
    blocks = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group(1), m.group(2)
        j = i + 1
        while j < len(lines) and not lines[j].startswith(fence):
            j += 1
        if info == 'console':
            blocks.append(read_block(md, lines, i + 1, j))
        i = j + 1
    return blocks


def read_block(md, lines, start, end):
    block = Block(start, end)
    cur = None
    for k in range(start, end):
        if lines[k].startswith('$ '):
            cur = Command(md, k + 1, lines[k][2:].strip())
            block.commands.append(cur)
        elif cur is not None:
            cur.expected.append(lines[k])
    return block


def split_command(cmd):
    """Fill cmd.env and cmd.argv; returns an error text or None."""
    try:
        words = shlex.split(cmd.text)
    except ValueError as e:
        return 'cannot split the command: %s' % e
    while words and ENV_WORD.match(words[0]):
        name, _, value = words.pop(0).partition('=')
        cmd.env[name] = value
    if not words:
        return 'no program in the command'
    cmd.argv = words
    return None


def go_env(extra):
    env = dict(os.environ)
    env.pop('MINIGODEBUG', None)  # only what the README says
    if not env.get('GOCACHE') and not env.get('HOME') and not env.get('XDG_CACHE_HOME'):
        env['GOCACHE'] = os.path.abspath('build/gocache')
    env.update(extra)
    return env


def run(argv, env, merge=True):
    """(output text, exit status); stdout and stderr in one pipe if merge."""
    try:
        p = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT if merge else subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return ('timeout after %ds\n' % TIMEOUT, -1)
    except OSError as e:
        return ('cannot run %s: %s\n' % (argv[0], e), -1)
    return (p.stdout.decode('utf-8', 'replace'), p.returncode)


def transcript(output, status):
    """The lines a README shows for this output and status."""
    lines = [l.rstrip() for l in output.split('\n')]
    while lines and lines[-1] == '':
        lines.pop()
    if status != 0:
        lines.append('[exit status %d]' % status)
    return lines


def normalise(lines):
    lines = [l.rstrip() for l in lines]
    while lines and lines[-1] == '':
        lines.pop()
    return lines


def unified(expected, actual, label, a='README', b='actual'):
    return ''.join(difflib.unified_diff([l + '\n' for l in expected], [l + '\n' for l in actual],
                                        '%s (%s)' % (label, a), '%s (%s)' % (label, b)))


class Checker:
    def __init__(self, args):
        self.minigo = os.path.abspath(args.minigo)
        self.gc = not args.no_gc and shutil.which('go') is not None
        self.update = args.update
        self.passed = self.failed = self.skipped = 0
        self.tmp = tempfile.mkdtemp(prefix='minigo-examples-')

    def ok(self):
        self.passed += 1

    def fail(self, where, msg):
        self.failed += 1
        print('FAIL %s: %s' % (where, msg.rstrip('\n')))

    def actual_of(self, cmd):
        """Run the command: (lines, None), or (None, reason to skip)."""
        prog = cmd.argv[0]
        if prog == 'minigo':
            argv = [self.minigo] + cmd.argv[1:]
        elif prog == 'go':
            if not self.gc:
                return (None, 'go is not installed')
            argv = cmd.argv
        else:
            return (None, 'not a minigo or go command')
        out, status = run(argv, go_env(cmd.env))
        return (transcript(out, status), None)

    def check_command(self, cmd):
        err = split_command(cmd)
        if err:
            self.fail(cmd.where(), err)
            return None
        actual, why = self.actual_of(cmd)
        if actual is None:
            self.skipped += 1
            return None
        expected = normalise(cmd.expected)
        if actual == expected or self.update:
            self.ok()
        else:
            self.fail(cmd.where(), '`%s` printed something else:\n%s'
                      % (cmd.text, unified(expected, actual, cmd.text)))
        return actual

    # ---- gc re-checks of minigo commands ------------------------------------

    def gc_recheck(self, cmd):
        if not self.gc or not cmd.argv or cmd.argv[0] != 'minigo' or len(cmd.argv) < 2:
            return
        sub, rest = cmd.argv[1], cmd.argv[2:]
        if sub == 'run':
            self.recheck_run(cmd, rest)
        elif sub == 'escape':
            self.recheck_escape(cmd, rest)

    def recheck_run(self, cmd, rest):
        files = [a for a in rest if a.endswith('.go')]
        if '--' in rest:
            files = [a for a in rest[:rest.index('--')] if a.endswith('.go')]
        args = rest[rest.index('--') + 1:] if '--' in rest else []
        flags = [a for a in rest if a.startswith('-') and a != '--' and a not in args]
        if flags or not files:
            return
        env = go_env({})
        mine = run_split([self.minigo, 'run'] + files + (['--'] + args if args else []), env)
        theirs = run_split(['go', 'run'] + files + args, env)
        # go run reports a non-zero status as "exit status N" on stderr.
        if mine[0] == theirs[0] and (mine[2] == theirs[2] or (mine[2] != 0 and theirs[2] == 1)):
            self.ok()
        else:
            self.fail(cmd.where(), 'stdout/status of `minigo run` differ from `go run`:\n%s'
                      % unified(mine[0].split('\n'), theirs[0].split('\n'), ' '.join(files), 'minigo', 'gc')
                      + 'status minigo %d, go %d' % (mine[2], theirs[2]))

    def recheck_escape(self, cmd, rest):
        files = [a for a in rest if a.endswith('.go')]
        flags = [a for a in rest if not a.endswith('.go')]
        if len(files) != 1 or any(f not in ('-m', '-m=1', '-m=2') for f in flags):
            return
        level = '-m=2' if '-m=2' in flags else '-m'
        obj = os.path.join(self.tmp, 'escape.o')
        out, status = run(['go', 'tool', 'compile', level, '-l', '-p', 'main', '-o', obj, files[0]],
                          go_env({}))
        gc_lines = transcript(out, status)
        mine = normalise(cmd.expected)
        if mine == gc_lines:
            self.ok()
        else:
            self.fail(cmd.where(), 'the README\'s `%s` lines are not gc\'s `go tool compile %s -l`:\n%s'
                      % (cmd.text, level, unified(mine, gc_lines, files[0], 'README', 'gc')))

    # ---- files -------------------------------------------------------------------

    def check_file(self, md):
        with open(md, encoding='utf-8') as f:
            lines = f.read().split('\n')
        blocks = parse_blocks(md, lines)
        replaced = []
        for block in blocks:
            words_ok = all(split_command(c) is None and c.argv[0] in ('minigo', 'go')
                           for c in block.commands)
            if not words_ok:
                self.skipped += len(block.commands)
                continue
            body = []
            for cmd in block.commands:
                cmd.env, cmd.argv = {}, []
                actual = self.check_command(cmd)
                if self.update and actual is not None:
                    cmd.expected = actual
                self.gc_recheck(cmd)
                body.append('$ ' + cmd.text)
                body.extend(actual if actual is not None else normalise(cmd.expected))
            replaced.append((block, body))
        if self.update and replaced:
            for block, body in reversed(replaced):
                lines[block.start:block.end] = body
            with open(md, 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines))
        return blocks

    def check_coverage(self, blocks_by_md):
        """Each examples/*/main.go is run or inspected by its own README."""
        for prog in sorted(glob.glob('examples/*/main.go')):
            md = os.path.join(os.path.dirname(prog), 'README.md')
            cmds = [c.text for b in blocks_by_md.get(md, []) for c in b.commands]
            if any(prog in shlex.split(t) for t in cmds):
                self.ok()
            else:
                self.fail(md, 'no console command of this README uses %s' % prog)


def run_split(argv, env):
    try:
        p = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return ('timeout', '', -1)
    except OSError as e:
        return ('', 'cannot run %s: %s' % (argv[0], e), -1)
    return (p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace'), p.returncode)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--minigo', default='./minigo')
    ap.add_argument('--no-gc', action='store_true', help='skip every go command and gc re-check')
    ap.add_argument('--update', action='store_true', help='rewrite the README outputs')
    ap.add_argument('files', nargs='*')
    args = ap.parse_args()
    files = args.files or sorted(glob.glob('examples/**/*.md', recursive=True))
    c = Checker(args)
    try:
        blocks = {md: c.check_file(md) for md in files}
        if not args.files:
            c.check_coverage(blocks)
    finally:
        shutil.rmtree(c.tmp, ignore_errors=True)
    if not c.gc:
        print('examples: go not found, go commands and the gc re-checks are skipped')
    if c.skipped:
        print('examples: %d command(s) skipped' % c.skipped)
    print('examples: %d passed, %d failed' % (c.passed, c.failed))
    return 1 if c.failed else 0


if __name__ == '__main__':
    sys.exit(main())
