#!/usr/bin/env bats
# Thread-local storage, end to end: fle-as converts __thread variables
# (.tdata/.tbss, TPOFF32, GOTTPOFF, TLSGD, TLSLD, DTPOFF32), fle-ld lays
# out the TLS template and computes the offsets (spec/FLE.md §5.1), and
# minilibc's __init_tls gives the program its thread pointer and block.
# Each program is built by fle-cc (fle-ld + crt + minilibc) at -O0/-O2
# with -fno-pic, -fPIE and -fPIC (which use the local-exec, initial-exec
# and general/local-dynamic models), also as a PIE, run through fle-exec,
# and must print and return exactly what gcc + glibc make of it.

load ../common

setup() {
    common_setup
}

# tls_compare CFLAGS LDFLAGS FILE.c... : fle-cc and gcc builds agree.
tls_compare() {
    local cflags="$1" ldflags="$2"; shift 2
    fle-cc $cflags $ldflags "$@" -o prog
    gcc -w $cflags ${ldflags:--no-pie} "$@" -o native
    run ./native
    local native_output=$output native_status=$status
    [ -n "$native_output" ]
    run ./prog
    assert_equal "$output" "$native_output"
    assert_equal "$status" "$native_status"
}

# Every code model and optimisation level; -pie where the code allows it.
# $TLS_CFLAGS is added to every compile.
tls_matrix() {
    local o m
    for o in -O0 -O2; do
        for m in -fno-pic -fPIE -fPIC; do
            tls_compare "$o $m ${TLS_CFLAGS:-}" "" "$@"
            [ "$m" = -fno-pic ] || tls_compare "$o $m ${TLS_CFLAGS:-}" -pie "$@"
        done
    done
}

write_program() {
    cat > main.c <<'EOF2'
#include <stdio.h>
#include <string.h>

extern __thread int counter;            /* other.c, .tdata */
extern __thread char name[16];
extern __thread long zeros[4];          /* other.c, .tbss */
int bump(void);
int *counter_addr(void);

__thread int here = 42;
__thread double ratio = 2.5;
__thread int table[5] = {1, 2, 3, 4, 5};
__thread char scratch[100];             /* .tbss */
static __thread int hidden_count = 7;
static __thread long hidden_zero;
__thread int big_aligned __attribute__((aligned(64))) = 9;
int global = 1000;
__thread int *ptr = &global;            /* an address in the image */

static int *addr_of_hidden(void) { return &hidden_count; }

int main(void) {
  int sum = 0;
  for (int i = 0; i < 5; i++)
    sum += table[i]++;
  strcpy(scratch, "scratch");
  hidden_zero += 3;
  *addr_of_hidden() += 1;
  counter += 5;
  for (int i = 0; i < 4; i++)
    zeros[i] = i * i;
  printf("here=%d ratio=%.2f sum=%d table4=%d\n", here, ratio, sum, table[4]);
  printf("scratch=%s hidden=%d/%ld aligned=%d (%d)\n", scratch, hidden_count,
         hidden_zero, big_aligned, (int)((unsigned long)&big_aligned % 64));
  int b = bump();
  printf("counter=%d bump=%d via=%d same=%d name=%s\n", counter, b,
         *counter_addr(), counter_addr() == &counter, name);
  printf("zeros=%ld,%ld,%ld,%ld ptr=%d\n", zeros[0], zeros[1], zeros[2],
         zeros[3], *ptr);
  printf("distinct=%d\n", (char *)&here != (char *)&counter &&
         (char *)scratch != (char *)zeros);
  return sum;
}
EOF2
    cat > other.c <<'EOF2'
__thread int counter = 10;
__thread char name[16] = "thread-local";
__thread long zeros[4];
int bump(void) { return ++counter; }
int *counter_addr(void) { return &counter; }
EOF2
}

@test "__thread variables across two files, every model, -O0/-O2, -pie" {
    write_program
    tls_matrix main.c other.c
    assert_line "counter=16 bump=16 via=16 same=1 name=thread-local"
    assert_equal "$status" 15
}

@test "-fno-plt: every model, and __tls_get_addr called without a 16-bit prefix" {
    # -fPIC -fno-plt calls __tls_get_addr as "data16 rex.W call *GOT":
    # relaxed to "66 48 67 e8" that is a 16-bit call on AMD CPUs, which
    # dies there.  The call must stay through the GOT (or lose the 0x66).
    write_program
    TLS_CFLAGS=-fno-plt tls_matrix main.c other.c
    assert_line "counter=16 bump=16 via=16 same=1 name=thread-local"
    fle-cc -O2 -fPIC -fno-plt main.c other.c -o prog
    fle-objdump -d prog > prog.dis
    grep -q 'call.*<__tls_get_addr>\|call.*_GLOBAL_OFFSET_TABLE_' prog.dis
    run grep -E '\s66 (4[0-9a-f] )?67 e8 ' prog.dis
    [ "$status" -eq 1 ] || { echo "a call keeps its 0x66 prefix:"; echo "$output"; return 1; }
}

@test "TLS descriptors (-mtls-dialect=gnu2): every model, relaxed to local exec" {
    # lea x@tlsdesc(%rip), %rax; call *(%rax) becomes mov $tpoff, %rax;
    # xchg %ax, %ax, as GNU ld and lld make it in an executable: the
    # program must print what gcc's build prints, and no call remains.
    write_program
    TLS_CFLAGS=-mtls-dialect=gnu2 tls_matrix main.c other.c
    assert_line "counter=16 bump=16 via=16 same=1 name=thread-local"
    fle-cc -O2 -fPIC -mtls-dialect=gnu2 -c main.c -o main.fle
    grep -q '"❓: R_X86_64_GOTPC32_TLSDESC(tlsdesc(_TLS_MODULE_BASE_) - 0x4 - 📍)"' main.fle
    grep -q '"❓: R_X86_64_TLSDESC_CALL(tlscall(_TLS_MODULE_BASE_))"' main.fle
    "$ROOT/build/tests/fle-roundtrip" main.fle
    fle-cc -O2 -fPIC -mtls-dialect=gnu2 main.c other.c -o prog
    fle-objcopy prog prog.elf
    # Only the program's own functions: the library has indirect calls
    # of its own (function tables), which are not TLS descriptors.
    for fn in main addr_of_hidden bump counter_addr; do
        objdump -d --no-show-raw-insn --disassemble=$fn prog.elf
    done > prog.dis
    grep -q 'xchg   %ax,%ax' prog.dis
    run grep -c 'call   \*(%rax)' prog.dis
    assert_output 0
}

@test "a TLS descriptor that is not the lea/call pair is an error" {
    printf '\t.section .tbss,"awT",@nobits\nx:\t.zero 4\n\t.text\n\t.globl _start\n_start:\tmovq x@tlsdesc(%%rip), %%rbx\n\tret\n' > bad.s
    fle-cc -c bad.s -o bad.fle
    run fle-ld bad.fle -o bad
    assert_failure
    assert_output "fle-ld: error: bad.fle:(.text+0x3): relocation R_X86_64_GOTPC32_TLSDESC against 'x': not in 'lea x@tlsdesc(%rip), %reg' (48/4c 8d, RIP-relative)"
    [ ! -e bad ]
}

@test "-mcmodel=medium: .lbss/.ldata through GOTPC32 and GOTOFF64, as gcc's build" {
    cat > big.c <<'EOF2'
#include <stdio.h>
char big[200000];
static long table[40000] = {1, 2, 3};
static char small = 's';
long *at(int i) { return &table[i]; }
int main(void) {
    big[150000] = 7;
    table[39999] = big[150000] * 6;
    printf("%d %ld %ld %c\n", big[150000], *at(39999), *at(2), small);
    return 0;
}
EOF2
    for m in -fno-pic -fPIE -fPIC; do
        tls_compare "-O2 -mcmodel=medium $m" "" big.c
        [ "$m" = -fno-pic ] || tls_compare "-O2 -mcmodel=medium $m" -pie big.c
    done
    assert_output "7 42 3 s"
    fle-cc -O2 -mcmodel=medium -fPIE -c big.c -o big.fle
    grep -q '"❓: R_X86_64_GOTOFF64(gotoff(table))"' big.fle
    grep -q '"❓: R_X86_64_GOTPC32(_GLOBAL_OFFSET_TABLE_ - 0x4 - 📍)"' big.fle
    "$ROOT/build/tests/fle-roundtrip" big.fle
    # A GOT offset of a place named by its section is written
    # gotoff(section(NAME)), read back and linked like any.
    printf '\t.section .lbss,"awl",@nobits\n\t.zero 16\n.Lx:\t.zero 8\n\t.text\n\t.globl f\nf:\tmovabsq $.Lx@GOTOFF, %%rax\n\tret\n' > sec.s
    fle-cc -c sec.s -o sym.fle
    grep -q '"❓: R_X86_64_GOTOFF64(gotoff(.Lx))"' sym.fle
    sed 's/gotoff(.Lx))/gotoff(section(.lbss)) + 0x10)/' sym.fle > sec.fle
    "$ROOT/build/tests/fle-roundtrip" sec.fle
    run fle-readfle -r sec.fle
    assert_line --regexp '^0000000000000002 +[0-9a-f]+ R_X86_64_GOTOFF64 +0000000000000000 \.lbss \+ 10$'
    fle-ld -e f sym.fle -o a.exe
    fle-ld -e f sec.fle -o b.exe
    cmp <(fle-objdump -d a.exe | tail -n +3) <(fle-objdump -d b.exe | tail -n +3)
}

@test "only zero-initialised TLS (.tbss, no image), and a large block (mmap)" {
    cat > main.c <<'EOF2'
#include <stdio.h>
__thread long small;
__thread char big[200000];
int main(void) {
  small = 5;
  for (int i = 0; i < 200000; i += 1000)
    small += big[i], big[i] = (char)i;
  long s = 0;
  for (int i = 0; i < 200000; i += 1000)
    s += big[i];
  printf("small=%ld s=%ld at end=%d\n", small, s, big[199999]);
  return 0;
}
EOF2
    tls_matrix main.c
    assert_output "small=5 s=-928 at end=0"
}

@test "a program without TLS still has a thread pointer: %fs:0 holds itself" {
    cat > main.c <<'EOF2'
#include <stdio.h>
int main(void) {
  void *tp = __builtin_thread_pointer();
  void *self;
  __asm__("mov %%fs:0, %0" : "=r"(self));
  printf("tp set=%d self=%d\n", tp != 0, self == tp);
  return 0;
}
EOF2
    tls_compare -O2 "" main.c
    assert_output "tp set=1 self=1"
}

# A hand-written object, so the addresses and offsets do not depend on
# the compiler: a 4-byte .tdata (a) and an 8-byte .tbss (b), template
# 0x402000-0x402010, align 8, so the thread pointer is block + 0x10.
write_tls_fle() {
    cat > tls.fle <<'EOF2'
{ "type": ".obj", "version": 1,
  "sections": [
    { "name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1",
      "size": "0x2e",
      "lines": [ "📤: _start func 0x2d",
                 "🔢: 64 8b 04 25", "❓: R_X86_64_TPOFF32(tpoff(a))",
                 "🔢: 48 8b 05", "❓: R_X86_64_GOTTPOFF(gottpoff(b) - 0x4 - 📍)",
                 "🔢: 66 48 8d 3d", "❓: R_X86_64_TLSGD(tlsgd(a) - 0x4 - 📍)",
                 "🔢: 66 66 48 e8", "❓: R_X86_64_PLT32(__tls_get_addr - 0x4 - 📍)",
                 "🔢: 48 8d 3d", "❓: R_X86_64_TLSLD(tlsld(b) - 0x4 - 📍)",
                 "🔢: 8b 80", "❓: R_X86_64_DTPOFF32(dtpoff(b))",
                 "🔢: c3",
                 "📤: __tls_get_addr func 0x1", "🔢: c3" ] },
    { "name": ".data", "type": "PROGBITS", "flags": "WA", "align": "0x8",
      "size": "0x10",
      "lines": [ "❓: R_X86_64_TPOFF64(tpoff(b))",
                 "❓: R_X86_64_DTPOFF64(dtpoff(a) + 0x2)" ] },
    { "name": ".tdata", "type": "PROGBITS", "flags": "WAT", "align": "0x4",
      "size": "0x4", "lines": [ "📤: a tls 0x4", "🔢: 2a 00 00 00" ] },
    { "name": ".tbss", "type": "NOBITS", "flags": "WAT", "align": "0x8",
      "size": "0x8", "lines": [ "📤: b tls 0x8", "🕳️: 0x8" ] } ],
  "symbols": [] }
EOF2
}

@test "--trace shows the TLS template, every TLS relocation and GOT slot" {
    write_tls_fle
    run fle-ld --trace -o prog tls.fle
    assert_success
    assert_line ".tdata at 0x402000 size 0x4 align 0x8 flags WAT"
    assert_line ".tbss at 0x402008 size 0x8 align 0x8 flags WAT"
    assert_line "0x402000-0x402010 filesz 0x4 (.tdata, the image) memsz 0x10 align 0x8; thread pointer = block + 0x10, so tpoff(S) = S - 0x402010"
    assert_line "tls.fle:(.text+0x4) R_X86_64_TPOFF32 a: S=0x402000 A=0x0 P=0x401004: S + A - TP = -0x10, bytes f0 ff ff ff (TP = 0x402010, the TLS block's end)"
    assert_line "tls.fle:(.text+0xb) R_X86_64_GOTTPOFF b: S=0x402008 A=-0x4 P=0x40100b: G + GOT + A - P = 0xff9, bytes f9 0f 00 00 (G + GOT = 0x402008, the slot holding tpoff = -0x8)"
    assert_line "tls.fle:(.text+0x13) R_X86_64_TLSGD a: S=0x402000 A=-0x4 P=0x401013: G + GOT + A - P = 0xff9, bytes f9 0f 00 00 (G + GOT = 0x402010, the pair {module 1, dtpoff 0x0})"
    assert_line "tls.fle:(.text+0x22) R_X86_64_TLSLD b: S=0x402008 A=-0x4 P=0x401022: G + GOT + A - P = 0xffa, bytes fa 0f 00 00 (G + GOT = 0x402020, the module's pair {1, 0})"
    assert_line "tls.fle:(.text+0x28) R_X86_64_DTPOFF32 b: S=0x402008 A=0x0 P=0x401028: S + A - TLS start = 0x8, bytes 08 00 00 00"
    assert_line "tls.fle:(.data+0x0) R_X86_64_TPOFF64 b: S=0x402008 A=0x0 P=0x402030: S + A - TP = -0x8, bytes f8 ff ff ff ff ff ff ff (TP = 0x402010, the TLS block's end)"
    assert_line "tls.fle:(.data+0x8) R_X86_64_DTPOFF64 a: S=0x402000 A=0x2 P=0x402038: S + A - TLS start = 0x2, bytes 02 00 00 00 00 00 00 00"
    assert_line "got slot 0 at 0x402008 holds tpoff b = -0x8"
    assert_line "got slot 1 at 0x402010 holds module id of a = 0x1"
    assert_line "got slot 2 at 0x402018 holds dtpoff a = 0x0"
    assert_line "got slot 4 at 0x402028 holds TLSLD offset 0 for b = 0x0"
}

@test "-Map shows the template; TLS symbols are offsets in the block, as in ELF" {
    write_tls_fle
    fle-ld -Map prog.map -o prog tls.fle
    grep -qx "TLS template 0x402000 filesz 0x4 memsz 0x10 align 0x8 (thread pointer = block + 0x10)" prog.map
    run fle-nm prog
    assert_line "0000000000000000 A a"
    assert_line "0000000000000008 A b"
}

@test "in a PIE the TLS offsets and GOT pairs are constants, not RELATIVE" {
    write_tls_fle
    fle-ld -pie --trace -o prog tls.fle > trace.txt
    run grep -c RELATIVE trace.txt
    assert_output "0"
    run bash -c "sed 1d prog | jq -r '.segments[].lines[]' | grep -c R_X86_64_RELATIVE"
    assert_output "0"
}

@test "the linker's template symbols: defined with TLS, 0 without" {
    cat > main.c <<'EOF2'
#include <stdio.h>
extern char __tls_image[] __attribute__((weak));
extern char __tls_filesz[] __attribute__((weak));
extern char __tls_memsz[] __attribute__((weak));
extern char __tls_align[] __attribute__((weak));
#ifdef WITH_TLS
__thread long x = 1;
__thread char y[20];                    /* at 0x10: arrays align to 16 */
#endif
int main(void) {
  printf("image=%d filesz=%lu memsz=%lu align=%lu\n", __tls_image != 0,
         (unsigned long)__tls_filesz, (unsigned long)__tls_memsz,
         (unsigned long)__tls_align);
  return 0;
}
EOF2
    fle-cc -O2 main.c -o prog
    run ./prog
    assert_output "image=0 filesz=0 memsz=0 align=0"
    fle-cc -O2 -DWITH_TLS main.c -o prog
    run ./prog
    assert_output "image=1 filesz=8 memsz=36 align=16"
    fle-cc -O2 -fPIE -pie -DWITH_TLS main.c -o prog
    run ./prog
    assert_output "image=1 filesz=8 memsz=36 align=16"
}
