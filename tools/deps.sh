#!/bin/sh
# deps.sh — install the Debian 12 packages minigo needs, if any are missing.
# As root: apt-get installs them. Otherwise: prints the one command to run.
set -eu
PKGS="make gcc flex bison llvm-19-dev clang-19 libgc-dev libxxhash-dev libgmp-dev
golang-go gdb graphviz python3 valgrind chromium chromium-driver"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "deps: missing packages; run as root:"
    echo "  apt-get install -y$missing"
    exit 1
fi
