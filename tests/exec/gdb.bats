#!/usr/bin/env bats
# gdb on "fle-exec ./prog": the loader hands the program's symbols to gdb
# through gdb's JIT interface (fle-exec/jit.c, spec/abi.md §8), so
# "break main" stops in the program's main, at a fixed or a random base,
# with no step by the user; without a debugger nothing extra runs.
load ../common

setup() {
    common_setup
    command -v gdb >/dev/null || skip "gdb is not installed"
    # make test-asan's loader keeps every symbol (LeakSanitizer's
    # suppressions name them), so gdb would find the loader's main.
    [ -z "${FLE_SANITIZED:-}" ] || skip "the sanitized loader is not stripped"
    cat > prog.c <<'C'
#include <stdio.h>
int twice(int x) { return 2 * x; }
int main(int argc, char **argv) { printf("%d\n", twice(argc)); return 0; }
C
    printf '%s\n' 'set breakpoint pending on' 'break twice' 'run' 'bt' \
        'info symbol $pc' 'continue' > cmds
}

# gdb_run PROG: gdb's batch run of the commands above on fle-exec PROG.
gdb_run() {
    run timeout 60 gdb -nx -batch -x cmds --args fle-exec "$1"
}

@test "break on a function of the program stops there; bt names the callers" {
    fle-cc -O0 prog.c -o prog
    gdb_run ./prog
    assert_success
    assert_line --regexp '^Breakpoint 1, 0x[0-9a-f]+ in twice \(\)$'
    assert_line --regexp '^#0  0x[0-9a-f]+ in twice \(\)$'
    assert_line --regexp '^#1  0x[0-9a-f]+ in main \(\)$'
    assert_line --regexp '^#2  0x[0-9a-f]+ in __libc_start \(\)$'
    # crt1's _start says it has no caller (.cfi_undefined %rip).
    assert_line --regexp '^#3  0x[0-9a-f]+ in _start \(\)$'
    refute_line --regexp '^#4 '
    assert_line --regexp '^twice \+ [0-9]+ in section \.text of <in-memory@0x[0-9a-f]+>$'
    assert_line "2"   # the program ran on to its end
}

@test "a PIE at its random base: the symbols are where this run put them" {
    fle-cc -O0 -pie prog.c -o prog
    gdb_run ./prog
    assert_success
    assert_line --regexp '^#0  0x0*5[0-9a-f]{11} in twice \(\)$'
    assert_line --regexp '^#1  0x[0-9a-f]+ in main \(\)$'
}

@test "gdb's breakpoint on main is the program's: the loader's own symbols are gone" {
    run nm "$(command -v fle-exec)"
    assert_success
    assert_output "$(printf '%s\n' "$output" | grep -E ' (__jit_debug_descriptor|__jit_debug_register_code)$')"
    [ "${#lines[@]}" -eq 2 ]
}

@test "without a debugger no ELF twin is made" {
    command -v strace >/dev/null || skip "strace is not installed"
    fle-cc -O0 prog.c -o prog
    run strace -f -e trace=execve,memfd_create -o trace.txt fle-exec ./prog
    assert_success
    assert_output "2"
    [ "$(grep -c execve trace.txt)" -eq 1 ]
    ! grep -q memfd_create trace.txt
}

# norm: gdb's output less what must differ: addresses, how a breakpoint
# was set (pending until the loader registers the program), the fork of
# fle-objcopy, the program's own output, and (make test-asan's loader is
# a dynamic glibc program) gdb's note on libthread_db.
norm() {
    sed -E 's/0x[0-9a-f]+/ADDR/g' "$1" |
        grep -v -E '^(Function ".*" not defined\.|Breakpoint [0-9]+ \(.*\) pending\.|\[Detaching after fork .*\]|Breakpoint [0-9]+ at ADDR: file .*|[0-9]+|\[Thread debugging using libthread_db enabled\]|Using host libthread_db library .*)$'
}

# same_as_gcc NATIVE_FLAGS FLE_FLAGS: the gdb sessions below on q.c built
# by musl-gcc and by fle-cc differ only in what norm leaves out.
same_as_gcc() {
    command -v musl-gcc >/dev/null || skip "musl-gcc is not installed"
    cat > q.c <<'C'
#include <stdio.h>
int g = 5;
int twice(int v) {
  int r = v * 2;
  return r;
}
int main(int c, char **v) {
  int x = c * 2;
  x = twice(x);
  printf("%d\n", x + g);
  return 0;
}
C
    musl-gcc $1 -g -O0 q.c -o native
    fle-cc $2 -g -O0 q.c -o prog
    printf '%s\n' 'set breakpoint pending on' 'break main' 'run' 'next' 'next' \
        'info locals' 'print x' 'print g' 'print &g' 'step' 'bt' 'list' 'break twice' \
        'info breakpoints' > main.cmd
    printf '%s\n' 'set breakpoint pending on' 'break twice' 'run' 'bt' \
        'next' 'info locals' 'finish' 'print $' > twice.cmd
    for c in main twice; do
        timeout 60 gdb -nx -batch -x $c.cmd ./native > native.$c 2>&1
        timeout 60 gdb -nx -batch -x $c.cmd --args fle-exec ./prog > fle.$c 2>&1
        grep -q 'at q.c:' fle.$c
        diff <(norm native.$c) <(norm fle.$c)
    done
}

@test "with -g: break, next, step, info locals, print, bt, list, finish as on gcc's build" {
    same_as_gcc -static ""
}

@test "a PIE with -g at its random base: the same session as gcc's static PIE" {
    same_as_gcc -static-pie -pie
    # the DWARF was moved to this run's base: main's breakpoint is there
    grep -E '^Breakpoint 1, main \(c=1, v=0x[0-9a-f]+\) at q.c:8$' fle.main
    grep -E '^1 +breakpoint +keep y +0x0*5[0-9a-f]{11} in main at q.c:8$' fle.main
}
