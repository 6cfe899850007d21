#!/usr/bin/env bats
# The --trace fault report's call chain (fle-exec/chain.c): one line per
# frame, function+offset, and file:line where the program has DWARF; the
# frames are checked against gdb's backtrace of the program's ELF twin,
# which runs the same code at the same addresses, and the lines against
# the source.  abort() and a double free are reported too, and the exit
# status stays the signal's.
load ../common

setup() {
    common_setup
    # Line numbers are found by the markers, never written down.
    cat > three.c <<'C'
#include <stdio.h>

int c(int *p) {
  return *p + 1;          /* fault */
}

int b(int *p) {
  return c(p) * 2;        /* calls c */
}

int a(int *p) {
  return b(p) + 3;        /* calls b */
}

int main(void) {
  printf("start\n");
  return a(NULL);         /* calls a */
}
C
}

line_of() { grep -n -F "$1" "$2" | cut -d: -f1; }

# traced PROG ARGS...: fle-exec --trace; the report's lines in
# ${report[@]} (the load trace left out).
traced() {
    bats_require_minimum_version 1.5.0
    run --separate-stderr fle-exec --trace "$@"
    report=()
    local l
    for l in "${stderr_lines[@]}"; do
        [[ $l == "fle-exec: fault: "* ]] && report+=("${l#fle-exec: fault: }")
    done
    printf '%s\n' "${report[@]}" > report.txt
}

# frames: the report's frames as "#N ADDR FUNCTION FILE:LINE".
frames() {
    sed -n -E 's/^#([0-9]+) (0x[0-9a-f]+) <([^+>]+)(\+0x[0-9a-f]+)?>( at (.*))?$/#\1 \2 \3 \6/p' report.txt |
        sed 's/ $//'
}

# gdb_frames ELF: gdb's backtrace of ELF's fault, in the same form.
gdb_frames() {
    timeout 60 gdb -nx -batch -ex run -ex bt "$1" 2>/dev/null |
        sed -n -E 's/^#([0-9]+) +0x0*([0-9a-f]+) in ([^ ]+) \(.*\)( at (.*))?$/#\1 0x\2 \3 \5/p' |
        sed 's/ $//'
}

@test "a NULL dereference three calls deep, without -g: function+offset per frame" {
    fle-cc three.c -o three
    traced ./three
    assert_equal "$status" 139
    assert_equal "${report[0]}" "SIGSEGV at 0x0: read at an address no segment covers (a NULL pointer?)"
    [[ ${report[1]} =~ ^#0\ 0x[0-9a-f]+\ \<c\+0x[0-9a-f]+\>$ ]]
    [[ ${report[2]} =~ ^#1\ 0x[0-9a-f]+\ \<b\+0x[0-9a-f]+\>$ ]]
    [[ ${report[3]} =~ ^#2\ 0x[0-9a-f]+\ \<a\+0x[0-9a-f]+\>$ ]]
    [[ ${report[4]} =~ ^#3\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>$ ]]
    [[ ${report[5]} =~ ^#4\ 0x[0-9a-f]+\ \<__libc_start\+0x[0-9a-f]+\>$ ]]
    [[ ${report[6]} =~ ^#5\ 0x[0-9a-f]+\ \<_start\+0x[0-9a-f]+\>$ ]]
    assert_equal "${report[7]}" "the program dies of SIGSEGV"
    assert_equal "${#report[@]}" 8
}

@test "the frames are gdb's on the ELF twin, which runs the same code at the same addresses" {
    command -v gdb >/dev/null || skip "gdb is not installed"
    fle-cc three.c -o three
    fle-objcopy three three.elf
    traced ./three
    frames | head -4 > ours.txt
    gdb_frames ./three.elf > gdb.txt
    [ "$(wc -l < gdb.txt)" -eq 4 ]   # gdb stops at main
    diff -u gdb.txt ours.txt
}

@test "with -g: file:line per frame, the lines of the calls, as gdb says" {
    command -v gdb >/dev/null || skip "gdb is not installed"
    fle-cc -g three.c -o three
    fle-objcopy three three.elf
    traced ./three
    assert_equal "$status" 139
    frames > ours.txt
    assert_equal "$(sed -n 1p ours.txt | cut -d' ' -f3-)" "c three.c:$(line_of '/* fault */' three.c)"
    assert_equal "$(sed -n 2p ours.txt | cut -d' ' -f3-)" "b three.c:$(line_of '/* calls c */' three.c)"
    assert_equal "$(sed -n 3p ours.txt | cut -d' ' -f3-)" "a three.c:$(line_of '/* calls b */' three.c)"
    assert_equal "$(sed -n 4p ours.txt | cut -d' ' -f3-)" "main three.c:$(line_of '/* calls a */' three.c)"
    gdb_frames ./three.elf > gdb.txt
    diff -u gdb.txt <(head -4 ours.txt)
    # minilibc has no DWARF: its frames have no line.
    [[ ${report[5]} =~ ^#4\ 0x[0-9a-f]+\ \<__libc_start\+0x[0-9a-f]+\>$ ]]
}

@test "a PIE: addresses as loaded at the random base, lines still found" {
    fle-cc -g -pie three.c -o three
    traced ./three
    assert_equal "$status" 139
    frames > ours.txt
    # Loaded where Linux puts a PIE, 0x55..., not at link-time addresses.
    [ "$(grep -c -E '^#[0-3] 0x5[0-9a-f]{11} ' ours.txt)" -eq 4 ]
    assert_equal "$(sed -n 1p ours.txt | cut -d' ' -f3-)" "c three.c:$(line_of '/* fault */' three.c)"
    assert_equal "$(sed -n 2p ours.txt | cut -d' ' -f3-)" "b three.c:$(line_of '/* calls c */' three.c)"
    assert_equal "$(sed -n 4p ours.txt | cut -d' ' -f3-)" "main three.c:$(line_of '/* calls a */' three.c)"
    # The offsets are the fixed build's: only the base moved.
    fle-cc -g three.c -o fixed
    traced ./fixed
    diff <(sed -E 's/0x[0-9a-f]+ //' ours.txt) <(frames | sed -E 's/0x[0-9a-f]+ //')
}

@test "abort(): reported with its chain; the status stays 134" {
    cat > ab.c <<'C'
#include <stdlib.h>
void give_up(void) {
  abort();                /* abort */
}
int main(void) {
  give_up();              /* calls give_up */
  return 0;
}
C
    fle-cc -g ab.c -o ab
    run ./ab
    assert_equal "$status" 134
    traced ./ab
    assert_equal "$status" 134
    assert_equal "${report[0]}" "SIGABRT: the program called abort()"
    frames > ours.txt
    assert_equal "$(sed -n 1p ours.txt | cut -d' ' -f3)" "raise"
    assert_equal "$(sed -n 2p ours.txt | cut -d' ' -f3)" "abort"
    assert_equal "$(sed -n 3p ours.txt | cut -d' ' -f3-)" "give_up ab.c:$(line_of '/* abort */' ab.c)"
    assert_equal "$(sed -n 4p ours.txt | cut -d' ' -f3-)" "main ab.c:$(line_of '/* calls give_up */' ab.c)"
    assert_equal "${report[-1]}" "the program dies of SIGABRT"
}

@test "raise(SIGABRT) and a SIGABRT from another process are told apart from abort()" {
    cat > r.c <<'C'
#include <signal.h>
#include <unistd.h>
int main(int argc, char **argv) {
  if (argc > 1) {
    write(1, "ready\n", 6);
    pause();
  }
  raise(SIGABRT);
  return 0;
}
C
    fle-cc r.c -o r
    traced ./r
    assert_equal "$status" 134
    assert_equal "${report[0]}" "SIGABRT: raised by the program itself"
    fle-exec --trace ./r wait > out.txt 2> err.txt &
    local pid=$! st=0 i
    for i in $(seq 100); do
        [ -s out.txt ] && break
        sleep 0.1
    done
    kill -ABRT "$pid"
    wait "$pid" || st=$?
    assert_equal "$st" 134
    run grep -F "fle-exec: fault: SIGABRT: sent by a process" err.txt
    assert_success
}

@test "a double free: minilibc's message, then the chain down to the free call; 134" {
    cat > df.c <<'C'
#include <stdlib.h>
void release(char *p) {
  free(p);                /* free */
}
int main(void) {
  char *volatile p = malloc(32);
  release(p);
  release(p);             /* again */
  return 0;
}
C
    fle-cc -g df.c -o df
    bats_require_minimum_version 1.5.0
    run --separate-stderr ./df
    assert_equal "$status" 134
    [[ $stderr =~ ^minilibc:\ free\(\):\ double\ free\ detected:\ 0x[0-9a-f]+$ ]]
    traced ./df
    assert_equal "$status" 134
    [[ ${stderr_lines[-${#report[@]}-1]} =~ ^minilibc:\ free\(\):\ double\ free\ detected:\ 0x[0-9a-f]+$ ]]
    assert_equal "${report[0]}" "SIGABRT: the program called abort()"
    frames | cut -d' ' -f3- > ours.txt
    # raise, abort, the library's report, then free and its callers.
    run grep -n -x -F "free" ours.txt
    assert_success
    local n=${output%%:*}
    assert_equal "$(sed -n "$((n + 1))p" ours.txt)" "release df.c:$(line_of '/* free */' df.c)"
    assert_equal "$(sed -n "$((n + 2))p" ours.txt)" "main df.c:$(line_of '/* again */' df.c)"
    run grep -c -i "chain stops" report.txt
    assert_output 0
}

@test "code without frame pointers (-O2): the chain stops and says why; no crash" {
    cat > o2.c <<'C'
__attribute__((noinline)) int c(volatile int *p) { return *p + 1; }
__attribute__((noinline)) int b(volatile int *p) { return c(p) * 2; }
int main(int argc, char **argv) { return b(argc > 5 ? (int *)argv : 0); }
C
    fle-cc -O2 o2.c -o o2
    traced ./o2
    assert_equal "$status" 139
    [[ ${report[1]} =~ ^#0\ 0x[0-9a-f]+\ \<c(\+0x[0-9a-f]+)?\>$ ]]
    # c is a leaf that uses no stack: its return address is at %rsp, and
    # follows a call.  b keeps no frame pointer: its callers are unknown.
    [[ ${report[2]} =~ ^#1\ 0x[0-9a-f]+\ \<b\+0x[0-9a-f]+\>$ ]]
    assert_equal "${report[3]}" "the chain stops: b keeps no frame pointer (built with -O1 or more?)"
    assert_equal "${report[4]}" "the program dies of SIGSEGV"
    # three.c at -O2 is all main (a, b and c inlined), and main's call to
    # printf left its return address at %rsp: that stale word is not
    # taken for a caller.
    fle-cc -O2 three.c -o three
    traced ./three
    assert_equal "$status" 139
    [[ ${report[1]} =~ ^#0\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>$ ]]
    assert_equal "${report[2]}" "the chain stops: main keeps no frame pointer (built with -O1 or more?)"
    assert_equal "${#report[@]}" 4
}

@test "a fault in a library leaf (strlen(NULL)): its caller from the stack, then on" {
    cat > sl.c <<'C'
#include <stdio.h>
#include <string.h>
int count(const char *s) {
  return (int)strlen(s);  /* strlen */
}
int main(void) {
  printf("%d\n", count(NULL));  /* calls count */
  return 0;
}
C
    fle-cc -g sl.c -o sl
    traced ./sl
    assert_equal "$status" 139
    [[ ${report[1]} =~ ^#0\ 0x[0-9a-f]+\ \<strlen[a-z0-9_]*\+0x[0-9a-f]+\>$ ]]
    frames | sed 1d | cut -d' ' -f3- > ours.txt
    printf '%s\n' "count sl.c:$(line_of '/* strlen */' sl.c)" \
        "main sl.c:$(line_of '/* calls count */' sl.c)" __libc_start _start > want.txt
    diff -u want.txt ours.txt
}

@test "a frame pointer that leaves the stack stops the chain, and says where" {
    cat > bad.c <<'C'
__asm__(".text\n.globl smash\n.type smash, @function\nsmash:\n"
        "push %rbp\nmov %rsp, %rbp\nmov $0x1238, %rbp\nmovl 0, %eax\n"
        ".size smash, . - smash\n");
void smash(void);
int main(void) { smash(); return 0; }
C
    fle-cc bad.c -o bad
    traced ./bad
    assert_equal "$status" 139
    [[ ${report[1]} =~ ^#0\ 0x[0-9a-f]+\ \<smash\+0xb\>$ ]]
    assert_equal "${report[2]}" "the chain stops: frame pointer not in the stack (0x1238)"
    assert_equal "${#report[@]}" 4
}

@test "a call through a NULL pointer: frame #0 is 0, its caller comes from the stack" {
    cat > np.c <<'C'
void (*volatile fp)(void);
int main(void) {
  fp();                   /* call */
  return 0;
}
C
    fle-cc -g np.c -o np
    traced ./np
    assert_equal "$status" 139
    assert_equal "${report[1]}" "#0 0x0"
    frames > ours.txt
    assert_equal "$(sed -n 1p ours.txt | cut -d' ' -f3-)" "main np.c:$(line_of '/* call */' np.c)"
}

@test "a deep chain: the innermost and outermost frames, and how many between" {
    cat > deep.c <<'C'
int down(int n) {
  volatile char pad[64];
  pad[0] = (char)n;
  if (n == 0)
    return *(volatile int *)0;
  return down(n - 1) + pad[0];
}
int main(void) { return down(100); }
C
    fle-cc deep.c -o deep
    traced ./deep
    assert_equal "$status" 139
    # 101 frames of down, main, __libc_start, _start: 16 shown, a gap,
    # the outermost 4.
    assert_equal "${report[16]}" "#15 $(sed -n 17p report.txt | cut -d' ' -f2-)"
    [[ ${report[16]} =~ \<down\+0x[0-9a-f]+\>$ ]]
    assert_equal "${report[17]}" "... 84 frames more ..."
    [[ ${report[18]} =~ ^#100\ 0x[0-9a-f]+\ \<down\+0x[0-9a-f]+\>$ ]]
    [[ ${report[19]} =~ ^#101\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>$ ]]
    [[ ${report[21]} =~ ^#103\ 0x[0-9a-f]+\ \<_start\+0x[0-9a-f]+\>$ ]]
    assert_equal "${report[22]}" "the program dies of SIGSEGV"
}

@test "a program without DWARF runs no tool at fault time; one with DWARF runs addr2line" {
    command -v strace >/dev/null || skip "strace is not installed"
    # LeakSanitizer cannot run under ptrace: make test-asan's fle-objcopy
    # would fail at its exit.
    [ -z "${FLE_SANITIZED:-}" ] || skip "the sanitized tools do not run under strace"
    fle-cc three.c -o three
    strace -f -e trace=execve -o plain.txt fle-exec --trace ./three 2>/dev/null || true
    [ "$(grep -c 'execve(' plain.txt)" -eq 1 ]
    fle-cc -g three.c -o threeg
    strace -f -e trace=execve -o dwarf.txt fle-exec --trace ./threeg 2>/dev/null || true
    grep -q 'execve(".*/fle-objcopy"' dwarf.txt
    grep -q 'execve(".*/addr2line", \["addr2line", "-s", "-e", "/proc/self/fd/' dwarf.txt
}

@test "a stack overflow at -O0: every frame counted, out to _start" {
    cat > ov.c <<'C'
int down(int n) {
  volatile char pad[100];
  pad[0] = (char)n;
  return down(n + 1) + pad[0];   /* recurse */
}
int main(void) { return down(0); }
C
    fle-cc -g ov.c -o ov
    traced ./ov
    assert_equal "$status" 139
    [[ ${report[0]} =~ stack\ overflow$ ]]
    [[ ${report[2]} =~ ^#1\ 0x[0-9a-f]+\ \<down\+0x[0-9a-f]+\>\ at\ ov.c:$(line_of '/* recurse */' ov.c)$ ]]
    [[ ${report[17]} =~ ^\.\.\.\ ([0-9]+)\ frames\ more\ \.\.\.$ ]]
    local gap=${BASH_REMATCH[1]}
    # 8 MiB of frames of at least 112 bytes: tens of thousands.
    [ "$gap" -gt 10000 ]
    [[ ${report[18]} =~ ^#$((16 + gap))\ 0x[0-9a-f]+\ \<down\+ ]]
    [[ ${report[19]} =~ ^#$((17 + gap))\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>\ at\ ov.c:6$ ]]
    [[ ${report[21]} =~ ^#$((19 + gap))\ 0x[0-9a-f]+\ \<_start\+ ]]
    assert_equal "${report[22]}" "the program dies of SIGSEGV"
}

@test "file:line still comes when the program closed its stdout" {
    cat > closed.c <<'C'
#include <unistd.h>
int main(void) {
  close(1);
  return *(volatile int *)0;   /* fault */
}
C
    fle-cc -g closed.c -o closed
    traced ./closed
    assert_equal "$status" 139
    [[ ${report[1]} =~ ^#0\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>\ at\ closed.c:$(line_of '/* fault */' closed.c)$ ]]
}
