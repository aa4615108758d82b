#!/bin/sh
# gc-compile.sh FLAGS... FILE — `go tool compile -p=main FLAGS FILE` with its
# object written to a private temporary directory: never -o /dev/null, since
# gc deletes its output file when compilation fails.
d=$(mktemp -d "${TMPDIR:-/tmp}/minigo-gc.XXXXXX") || exit 2
go tool compile -p=main -o "$d/out.o" "$@"
rc=$?
rm -rf "$d"
exit $rc
