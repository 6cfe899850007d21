#!/usr/bin/env bats
# The program runs on the stack the kernel made for fle-exec, as a
# program the kernel started runs on its own: the [stack] mapping ends
# just above the AT_EXECFN string and its 8 zero bytes, and fle-exec maps
# no stack of its own.  Where the program's arguments would not fit over
# fle-exec's (a short loader path, a long program path, and less than
# the up to 8 KiB the kernel leaves below the strings at random),
# fle-exec maps a fresh stack instead, with the same layout.  setarch -R
# turns that randomness off, so that each case is certain.
load ../common
load helpers

setup_file() { build_progs; }
setup() {
    common_setup
    cat > top.c <<'C'
#include <stdio.h>
#include <string.h>
extern char **environ;
int main(int argc, char **argv) {
  char **e = environ;
  while (*e)
    e++;
  const char *execfn = 0;
  for (unsigned long *a = (unsigned long *)(e + 1); a[0]; a += 2)
    if (a[0] == 31) /* AT_EXECFN */
      execfn = (const char *)a[1];
  unsigned long top = (unsigned long)execfn + strlen(execfn) + 1 + 8, lo, hi;
  char line[512];
  FILE *f = fopen("/proc/self/maps", "r");
  while (fgets(line, sizeof line, f))
    if (strstr(line, "[stack]") && sscanf(line, "%lx-%lx", &lo, &hi) == 2)
      printf("[stack] ends at the strings' end: %s; holds argv: %s\n", hi == top ? "yes" : "no",
             (unsigned long)argv >= lo && (unsigned long)argv < hi ? "yes" : "no");
  printf("argc %d, argv[0] %s, execfn %s\n", argc, argv[0], execfn);
  return 0;
}
C
}

@test "the program's stack is laid out at the top of its [stack] mapping, as the kernel's" {
    gcc -static -O1 -o top.elf top.c
    fle-cc -O1 -o top.fle top.c
    run ./top.elf x
    assert_success
    assert_line "[stack] ends at the strings' end: yes; holds argv: yes"
    run "$FE" ./top.fle x
    assert_success
    assert_output "$(printf '%s\n%s' "[stack] ends at the strings' end: yes; holds argv: yes" \
        "argc 2, argv[0] ./top.fle, execfn ./top.fle")"
}

@test "fle-exec gives the program the kernel's stack: it maps none" {
    command -v strace >/dev/null || skip "strace is not installed"
    [ -z "${FLE_SANITIZED:-}" ] || skip "the sanitized tools do not run under strace"
    fle-cc -O1 -o top.fle top.c
    setarch -R strace -e trace=mmap -o calls.txt "$FE" ./top.fle x > out.txt
    grep -qx "argc 2, argv\[0\] ./top.fle, execfn ./top.fle" out.txt
    ! grep -q 'PROT_NONE' calls.txt   # a fresh stack's guard gap
}

@test "a program whose arguments outgrow fle-exec's gets a fresh stack, laid out the same" {
    command -v strace >/dev/null || skip "strace is not installed"
    [ -z "${FLE_SANITIZED:-}" ] || skip "the sanitized tools do not run under strace"
    fle-cc -O1 -o top.fle top.c
    # The program's path, 500 bytes, twice on its stack (argv[0] and
    # AT_EXECFN); the loader's path "./f" where the kernel put it.
    dir=$(printf 'd%.0s' $(seq 1 100))
    path="$dir/$dir/$dir/$dir/top.fle"
    mkdir -p "${path%/*}"
    cp top.fle "$path"
    cp "$FE" ./f
    setarch -R strace -e trace=mmap -o calls.txt ./f "$path" > out.txt
    assert_equal "$(cat out.txt)" "$(printf '%s\n%s' \
        "[stack] ends at the strings' end: yes; holds argv: yes" \
        "argc 1, argv[0] $path, execfn $path")"
    grep -q 'PROT_NONE' calls.txt
}
