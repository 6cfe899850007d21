#!/usr/bin/env bash
# make demo: one C program through the whole FLE toolchain, step by
# step, then a few of the examples (examples/README.md has them all,
# docs/tutorial.md tells the whole story).
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$root/build/bin:$PATH"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$root/examples/hello/hello.c" .
for e in exit42 args forkbuf selfmod; do cp "$root/examples/$e/$e.c" .; done

step() { printf '\n\033[1m== %s\033[0m\n$ %s\n' "$1" "$2"; eval "$2"; }

step "compile to an FLE object" "fle-cc -c hello.c -o hello.o"
step "what the object holds" "jq -r '.sections[] | select(.name == \".text\") | .lines[]' hello.o"
step "its symbols, like nm" "fle-nm hello.o"
step "link with crt1 and minilibc" "fle-cc hello.o -o hello"
step "the executable's segments" "fle-readfle -l hello | grep -E 'Type|LOAD|interpreter'"
step "run it through its #! line" "./hello FLE world"

step "no C library at all: _start and one system call" \
     "fle-cc -nostdlib exit42.c -o exit42; ./exit42 || echo \"exit status \$?\""
step "argv and environ, as fle-exec put them on the stack" \
     "fle-cc args.c -o args && GREETING=hi ./args one 'two words'"
step "printf before fork: once on a terminal, twice into a pipe" \
     "fle-cc forkbuf.c -o forkbuf && ./forkbuf | cat"
step "writing into code: the r-x segment faults" \
     "fle-cc selfmod.c -o selfmod; fle-exec --trace ./selfmod 2>&1 | grep fault"
