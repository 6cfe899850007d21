#!/bin/sh
# Installs the Debian packages the FLE toolchain builds and tests with.
# Idempotent: does nothing when every package is present; uses sudo only
# when not already root.
set -e
PKGS="gcc make binutils libelf-dev libdw-dev libjansson-dev libcapstone-dev libmimalloc-dev pkg-config
      bats bats-assert bats-support musl-tools musl-dev jq lld clang libclang-rt-14-dev
      librsvg2-bin cmake parallel gdb strace valgrind tzdata python3-mpmath"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "install-deps: installing$missing"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq $missing
