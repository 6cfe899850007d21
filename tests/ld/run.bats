#!/usr/bin/env bats
# fle-ld links real programs: each scenario is compiled by fle-cc, linked
# by fle-ld, RUN through fle-exec, and must print and return exactly what
# the same sources built by gcc and GNU ld do.  The programs bring their
# own _start and raw syscalls (sys.h), so they test the linker alone.

load ../common
load helpers

setup() {
    common_setup
    write_sys_h
}

@test "calls across three files" {
    cat > main.c <<'EOF2'
#include "sys.h"
int twice(int);
int add3(int, int, int);
void _start(void) {
  put_num(add3(twice(5), 2, 3));
  put("\n");
  sys_exit(add3(1, 2, 3));
}
EOF2
    cat > twice.c <<'EOF2'
int add3(int, int, int);
int twice(int x) { return add3(x, x, 0); }
EOF2
    cat > add3.c <<'EOF2'
int add3(int a, int b, int c) { return a + b + c; }
EOF2
    link_and_compare "" "" main.c twice.c add3.c
    assert_output "15"
    assert_equal "$status" 6
}

@test "global arrays and pointers into them (R_X86_64_64)" {
    cat > main.c <<'EOF2'
#include "sys.h"
extern int table[8];
extern int *middle;
extern int *ends[2];
extern int (*ops[2])(int);
void _start(void) {
  *middle = 40;
  for (int i = 0; i < 2; i++) { put_num(*ends[i]); put(" "); }
  put_num(ops[0](table[4]) + ops[1](1));
  put("\n");
  sys_exit(middle - table);
}
EOF2
    cat > data.c <<'EOF2'
int table[8] = {1, 2, 3, 4, 5, 6, 7, 8};
int *middle = &table[4];
int *ends[2] = {&table[0], &table[7]};
static int inc(int x) { return x + 1; }
static int dec(int x) { return x - 1; }
int (*ops[2])(int) = {inc, dec};
EOF2
    link_and_compare "" "" main.c data.c
    assert_output "1 8 41"
    assert_equal "$status" 4
}

@test "strings and string tables across files" {
    cat > main.c <<'EOF2'
#include "sys.h"
extern const char *const names[];
extern const char greeting[];
const char *pick(int);
void _start(void) {
  put(greeting);
  for (int i = 0; names[i]; i++) { put(names[i]); put(","); }
  put(pick(1));
  put("\n");
  sys_exit(0);
}
EOF2
    cat > strings.c <<'EOF2'
const char greeting[] = "hello, ";
const char *const names[] = {"ann", "bob", "cy", 0};
const char *pick(int i) { return i ? "yes" : "no"; }
EOF2
    link_and_compare "" "" main.c strings.c
    assert_output "hello, ann,bob,cy,yes"
}

@test "static functions and variables with the same name stay distinct" {
    cat > main.c <<'EOF2'
#include "sys.h"
static int count = 100;
__attribute__((noinline)) static int helper(void) { return count++; }
int other(void);
void _start(void) {
  int a = helper(), b = other(), c = helper(), d = other();
  put_num(a); put(" "); put_num(b); put(" ");
  put_num(c); put(" "); put_num(d); put("\n");
  sys_exit(0);
}
EOF2
    cat > other.c <<'EOF2'
static int count = 1;
__attribute__((noinline)) static int helper(void) { return count++; }
int other(void) { return helper(); }
EOF2
    link_and_compare "" "" main.c other.c
    assert_output "100 1 101 2"
    # Both helpers are in the executable's symbol table, as locals.
    run exe_symbol prog helper
    assert_equal "$(echo "$output" | grep -c '^🏷️: helper func')" 2
}

@test "a strong definition overrides a weak default; weak alone is used" {
    cat > main.c <<'EOF2'
#include "sys.h"
__attribute__((weak)) int level(void) { return 1; }
__attribute__((weak)) int mode = 10;
int level_user(void);
void _start(void) {
  put_num(level()); put(" "); put_num(mode); put(" ");
  put_num(level_user()); put("\n");
  sys_exit(0);
}
EOF2
    cat > strong.c <<'EOF2'
int level(void) { return 2; }
EOF2
    cat > user.c <<'EOF2'
__attribute__((weak)) int mode = 20;
int level(void);
int level_user(void) { return level() * 100 + mode; }
EOF2
    link_and_compare "" "" main.c strong.c user.c
    assert_output "2 10 210"
}

@test "an undefined weak reference resolves to 0" {
    cat > main.c <<'EOF2'
#include "sys.h"
extern void hook(void) __attribute__((weak));
extern int weak_var __attribute__((weak));
void _start(void) {
  put(hook ? "hook " : "no hook ");
  put(&weak_var ? "var\n" : "no var\n");
  sys_exit(0);
}
EOF2
    link_and_compare "" "" main.c
    assert_output "no hook no var"
}

@test "COMMON symbols merge by name, and a definition beats COMMON" {
    cat > main.c <<'EOF2'
#include "sys.h"
int shared;
long buf[2];
void set_a(void);
long sum_b(void);
void _start(void) {
  set_a();
  put_num(shared); put(" "); put_num(sum_b()); put("\n");
  sys_exit(0);
}
EOF2
    cat > a.c <<'EOF2'
int shared;
long buf[4];
void set_a(void) { shared = 7; buf[3] = 30; buf[0] = 4; }
EOF2
    cat > b.c <<'EOF2'
int shared = 5;
extern long buf[4];
long sum_b(void) { return buf[0] + buf[3]; }
EOF2
    link_and_compare "-fcommon" "" main.c a.c b.c
    assert_output "7 34"
}

@test "zero-initialised data takes memory, not file bytes" {
    cat > main.c <<'EOF2'
#include "sys.h"
char big[1 << 20];
int initialised = 3;
void _start(void) {
  big[(1 << 20) - 1] = 1;
  long s = 0;
  for (int i = 0; i < (1 << 20); i++) s += big[i];
  put_num(s + initialised); put("\n");
  sys_exit(0);
}
EOF2
    link_and_compare "" "" main.c
    assert_output "4"
    # The executable stays small: the megabyte is a 🕳️ line.
    [ "$(stat -c %s prog)" -lt 20000 ]
    run jq -r '.segments[] | select(.name == "data") | .lines[]' <(sed 1d prog)
    assert_line "🕳️: 0x100000"
}

@test "-fPIE objects linked as a PIE" {
    cat > main.c <<'EOF2'
#include "sys.h"
extern int values[3];
extern int *pv;
extern const char *msg;
int get(int);
void _start(void) {
  put(msg);
  put_num(get(1) + *pv); put("\n");
  sys_exit(values[2]);
}
EOF2
    cat > lib.c <<'EOF2'
int values[3] = {10, 20, 30};
int *pv = &values[0];
const char *msg = "pie: ";
int get(int i) { return values[i]; }
EOF2
    fle_objs "-fPIE" main.c lib.c
    fle-ld -pie -o prog main.fle lib.fle
    native_run "" main.c lib.c
    compare_run prog
    assert_output "pie: 30"
    [ "$(sed 1d prog | jq .pie)" = true ]
    # &values[0] and msg are 64-bit addresses: RELATIVE for the loader.
    run grep -c 'R_X86_64_RELATIVE(B + 0x' prog
    assert_output 2
}

@test "-fPIC objects: GOT loads relaxed, linked as PIE and not" {
    cat > main.c <<'EOF2'
#include "sys.h"
extern int counter;
extern int *pc;
int bump(void);
void _start(void) {
  bump(); bump();
  put_num(counter + *pc); put("\n");
  sys_exit(0);
}
EOF2
    cat > lib.c <<'EOF2'
int counter = 1;
int *pc = &counter;
int bump(void) { return ++counter; }
EOF2
    fle_objs "-fPIC" main.c lib.c
    grep -q GOTPCRELX main.fle
    native_run "" main.c lib.c
    fle-ld -pie -o prog-pie main.fle lib.fle
    compare_run prog-pie
    assert_output "6"
    fle-ld -o prog main.fle lib.fle
    compare_run prog
    # Every GOT load could be relaxed: no .got in the output.
    run bash -c "sed 1d prog | jq -r '.sections[].name'"
    refute_line ".got"
}

@test "a weak undefined symbol through the GOT reads as 0 in a PIE" {
    cat > main.c <<'EOF2'
#include "sys.h"
extern int maybe __attribute__((weak));
int *volatile keep = &maybe;
void _start(void) {
  int *p = &maybe;
  put(p ? "set\n" : "null\n");
  sys_exit(0);
}
EOF2
    fle_objs "-fPIC" main.c
    native_run "" main.c
    fle-ld -pie -o prog main.fle
    compare_run prog
    assert_output "null"
    run bash -c "sed 1d prog | jq -r '.sections[].name'"
    assert_line ".got"
}

@test ".init_array constructors run in priority order, .fini_array too" {
    cat > main.c <<'EOF2'
#include "sys.h"
typedef void (*fn)(void);
extern fn __init_array_start[], __init_array_end[];
extern fn __fini_array_start[], __fini_array_end[];
extern fn __preinit_array_start[], __preinit_array_end[];
__attribute__((constructor)) static void plain(void) { put("plain "); }
__attribute__((constructor(101))) static void first(void) { put("101 "); }
__attribute__((destructor)) static void bye(void) { put("bye\n"); }
void _start(void) {
  for (fn *f = __preinit_array_start; f < __preinit_array_end; f++) (*f)();
  for (fn *f = __init_array_start; f < __init_array_end; f++) (*f)();
  put("main ");
  for (fn *f = __fini_array_end; f > __fini_array_start;) (*--f)();
  sys_exit(0);
}
EOF2
    cat > other.c <<'EOF2'
#include "sys.h"
__attribute__((constructor(200))) static void second(void) { put("200 "); }
__attribute__((constructor)) static void other(void) { put("other "); }
EOF2
    link_and_compare "" "" main.c other.c
    assert_output "101 200 plain other main bye"
}

@test "linker-defined symbols: __executable_start, _etext, _edata, __bss_start, _end" {
    cat > main.c <<'EOF2'
#include "sys.h"
extern char __executable_start[], _etext[], _edata[], __bss_start[], _end[];
int data = 1;
char zero[100];
void _start(void) {
  int ok = __executable_start < (char *)_start && (char *)_start < _etext &&
           _etext <= (char *)&data && (char *)&data < _edata &&
           __bss_start <= zero && zero + 100 <= _end;
  put(ok ? "ordered\n" : "wrong\n");
  sys_exit(0);
}
EOF2
    link_and_compare "" "" main.c
    assert_output "ordered"
}

@test "-e picks another entry point" {
    cat > main.c <<'EOF2'
#include "sys.h"
void _start(void) { put("wrong\n"); sys_exit(1); }
void begin(void) { put("begin\n"); sys_exit(0); }
EOF2
    fle_objs "" main.c
    fle-ld -e begin -o prog main.fle
    run ./prog
    assert_success
    assert_output "begin"
}

@test "-fno-plt calls through the GOT are relaxed to direct call and jmp" {
    cat > main.c <<'EOF2'
#include "sys.h"
int twice(int);
int quad(int x) { return twice(twice(x)); }
__attribute__((noinline)) int tail(int x) { return twice(x + 1); }
void _start(void) {
  put_num(quad(3) + tail(1)); put("\n");
  sys_exit(0);
}
EOF2
    echo 'int twice(int x) { return 2 * x; }' > twice.c
    fle_objs "-fPIC -fno-plt -O2" main.c twice.c
    run fle-ld --trace -o prog main.fle twice.fle
    assert_success
    assert_output --partial "(relaxed: call via GOT -> addr32 call)"
    assert_output --partial "(relaxed: jmp via GOT -> jmp; nop)"
    native_run "-fPIC -fno-plt -O2" main.c twice.c
    compare_run prog
    assert_output "16"
}

@test "8-, 16- and 64-bit absolute and PC-relative relocations" {
    cat > a.s <<'EOF2'
    .text
    .globl _start
_start:
    movzbl b8(%rip), %edi       # R_X86_64_8 against small = 0x42
    movzwl w16(%rip), %eax      # R_X86_64_16 against mid = 0x1234
    add %eax, %edi
    lea target(%rip), %rdx
    movq q64(%rip), %rax        # R_X86_64_PC64: target - q64
    lea q64(%rip), %rcx
    add %rcx, %rax
    cmp %rdx, %rax
    jne bad
    movswq p16(%rip), %rax      # R_X86_64_PC16
    lea p16(%rip), %rcx
    add %rcx, %rax
    cmp %rdx, %rax
    jne bad
    movsbq p8(%rip), %rax       # R_X86_64_PC8
    lea p8(%rip), %rcx
    add %rcx, %rax
    cmp %rdx, %rax
    jne bad
    mov $60, %eax
    syscall
bad:
    mov $1, %edi
    mov $60, %eax
    syscall
    .data
b8:  .byte small
w16: .word mid
q64: .quad target - .
p16: .word target - .
p8:  .byte target - .
EOF2
    cat > b.s <<'EOF2'
    .globl small, mid, target
    .set small, 0x42
    .set mid, 0x1234
    .data
target: .quad 7
EOF2
    fle_objs "" a.s b.s
    for t in R_X86_64_8 R_X86_64_16 R_X86_64_PC64 R_X86_64_PC16 R_X86_64_PC8; do
        grep -q "$t(" a.fle
    done
    link_and_compare "" "" a.s b.s
    assert_equal "$status" $(( (0x42 + 0x1234) & 0xff ))
}

@test "R_X86_64_8 out of range" {
    cat > a.s <<'EOF2'
    .text
    .globl _start
_start:
    ret
    .data
    .byte big
EOF2
    printf '    .globl big\n    .set big, 0x1ff\n' > b.s
    fle_objs "" a.s b.s
    run fle-ld -o prog a.fle b.fle
    assert_failure
    assert_output "fle-ld: error: a.fle:(.data+0x0): relocation R_X86_64_8 out of range: 0x1ff is not in [-128, 255]; references 'big'"
}

@test "a PIE's constructor table is relocated by the loader" {
    cat > main.c <<'EOF2'
#include "sys.h"
typedef void (*fn)(void);
extern fn __init_array_start[], __init_array_end[];
__attribute__((constructor)) static void hello(void) { put("ctor "); }
static const char *const words[] = {"relocated", "table\n"};
void _start(void) {
  for (fn *f = __init_array_start; f < __init_array_end; f++) (*f)();
  put(words[0]); put(" "); put(words[1]);
  sys_exit(0);
}
EOF2
    fle_objs "-fPIE" main.c
    fle-ld -pie -o prog main.fle
    native_run "" main.c
    compare_run prog
    assert_output "ctor relocated table"
}

@test "the entry symbol alone pulls its archive member" {
    cat > start.c <<'EOF2'
#include "sys.h"
void _start(void) { put("from the archive\n"); sys_exit(0); }
EOF2
    fle_objs "" start.c
    fle-ar rcs libstart.a start.fle
    run fle-ld --trace -o prog libstart.a
    assert_line "pulled in libstart.a(start.fle) to define _start, referenced by the command line"
    run ./prog
    assert_output "from the archive"
}

@test "a C program with minilibc: printf, malloc, qsort, a constructor" {
    [ -e "$ROOT/build/lib/fle/libc.a" ] || skip "minilibc is not built"
    cat > hello.c <<'EOF2'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmp(const void *a, const void *b) { return *(int *)a - *(int *)b; }
__attribute__((constructor)) static void init(void) { printf("ctor\n"); }
int main(int argc, char **argv) {
  int v[] = {5, 3, 9, 1};
  qsort(v, 4, sizeof *v, cmp);
  char *p = malloc(32);
  strcpy(p, "heap");
  printf("hello %s %d %d %d %d argc=%d\n", p, v[0], v[1], v[2], v[3], argc);
  return 3;
}
EOF2
    fle-cc -O1 hello.c -o prog
    gcc -O1 -static hello.c -o native
    run ./native a b
    native_output=$output native_status=$status
    compare_run prog a b
    assert_output $'ctor\nhello heap 1 3 5 9 argc=3'
    # Only the libc members the program needs were linked.
    run fle-nm prog
    assert_output --partial " T printf"
    refute_output --partial " T fopen"
}
