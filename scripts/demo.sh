#!/usr/bin/env bash
# make demo: one C program through the whole FLE toolchain, step by step.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$root/build/bin:$PATH"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$root/examples/hello/hello.c" .

step() { printf '\n\033[1m== %s\033[0m\n$ %s\n' "$1" "$2"; eval "$2"; }

step "compile to an FLE object" "fle-cc -c hello.c -o hello.o"
step "what the object holds" "jq -r '.sections[] | select(.name == \".text\") | .lines[]' hello.o"
step "its symbols, like nm" "fle-nm hello.o"
step "link with crt1 and minilibc" "fle-cc hello.o -o hello"
step "the executable's segments" "fle-readfle -l hello"
step "run it through its #! line" "./hello FLE world"
