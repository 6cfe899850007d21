#!/usr/bin/env bats
# --trace and -Map on a small fixed program, compared with checked-in
# transcripts.  The inputs (tests/ld/trace/*.fle) are hand-written FLE, so
# the transcripts do not change with the gcc version.  The program shows:
# a weak definition overridden by a global, COMMON symbols merged, an
# archive member pulled while another stays out, an undefined weak symbol
# reached through a GOT slot, a GOT load relaxed to lea, and PC-relative
# and absolute relocations.  Further tests pick sections of the trace
# (--trace=...), follow one symbol (--trace-symbol, GNU ld's -y, compared
# with ld -y on the same program built as ELF), and check that libraries
# are named as the user named them and summarised rather than listed.
# To refresh after an intended change:
#   (cd a scratch dir; link as below) > tests/ld/trace/expected-trace.txt

load ../common

setup() {
    common_setup
    T="$ROOT/tests/ld/trace"
    cp "$T/main.fle" "$T/level.fle" .
    fle-ar rcs libgreet.a "$T/greet.fle" "$T/unused.fle"
}

@test "--trace narrates the link exactly as the transcript says" {
    fle-ld --trace -o prog main.fle level.fle libgreet.a > trace.txt
    diff -u "$T/expected-trace.txt" trace.txt
}

@test "the traced program runs: exit status from the overriding level()" {
    fle-ld -o prog main.fle level.fle libgreet.a
    run ./prog
    assert_equal "$status" 7
}

@test "-Map writes a GNU-ld-style link map" {
    fle-ld -Map prog.map -o prog main.fle level.fle libgreet.a
    diff -u "$T/expected-map.txt" prog.map
}

@test "--trace of a failed link still ends in the error, with no output" {
    run fle-ld --trace -o prog main.fle
    assert_failure
    assert_line "main.fle: object, 2 sections, 8 symbols"
    assert_line "fle-ld: error: undefined symbol: greet"
    [ ! -e prog ]
}

@test "a library's relocations are counted, and shown with --trace=relocs-all" {
    fle-ld --trace -o prog main.fle level.fle libgreet.a > trace.txt
    run grep -c 'libgreet.a(greet.fle):(.text+0x1) R_X86_64_PLT32 level' trace.txt
    assert_output "0"
    grep -qx '(1 relocation in libraries not shown: --trace=relocs-all shows them)' trace.txt
    run fle-ld --trace=relocs-all -o prog main.fle level.fle libgreet.a
    assert_success
    # relocs-all alone is the relocation section alone: every one, no count.
    assert_line --index 0 "== relocations"
    assert_line "libgreet.a(greet.fle):(.text+0x1) R_X86_64_PLT32 level: S=0x401030 A=-0x4 P=0x401041: S + A - P = -0x15, bytes eb ff ff ff"
    refute_line --partial "not shown"
    # the user's relocations are the same lines as in the full trace
    diff <(grep ' R_X86_64_' trace.txt) <(echo "$output" | grep '^main.fle:.* R_X86_64_')
}

@test "inputs-all and resolve-all list what inputs and resolve summarise" {
    fle-ld --trace -o prog main.fle level.fle libgreet.a > trace.txt
    run fle-ld --trace=inputs-all,resolve-all -o prog main.fle level.fle libgreet.a
    assert_success
    assert_line "left out libgreet.a(unused.fle): defines nothing still undefined"
    refute_line --partial "left out 1 of 2"
    assert_line "greet = 0x401040 (global in libgreet.a(greet.fle))"
    assert_line "message = 0x402000 (global in libgreet.a(greet.fle))"
    refute_line --partial "not shown"
    grep -qx '(2 symbols defined in libraries not shown: --trace=resolve-all shows them)' trace.txt
    run grep -c '^greet = \|^message = ' trace.txt
    assert_output "0"
    # all = every section, each in its -all form
    run fle-ld --trace=all -o prog main.fle level.fle libgreet.a
    assert_line "left out libgreet.a(unused.fle): defines nothing still undefined"
    assert_line "greet = 0x401040 (global in libgreet.a(greet.fle))"
    assert_line --partial "libgreet.a(greet.fle):(.text+0x1) R_X86_64_PLT32 level: "
}

@test "--trace=SECTIONS prints those sections and no others" {
    fle-ld --trace=inputs,layout -o prog main.fle level.fle libgreet.a > t.txt
    run grep '^==' t.txt
    assert_output "$(printf '== inputs\n== layout\n== segments')"
    grep -qx 'pulled in libgreet.a(greet.fle) to define greet, referenced by main.fle' t.txt
    run grep -c '^symbol \|R_X86_64\| = 0x' t.txt
    assert_output "0"
    fle-ld --trace=resolve -o prog main.fle level.fle libgreet.a > r.txt
    run grep '^==' r.txt
    assert_output "$(printf '== symbol resolution\n== COMMON symbols\n== global symbols')"
    grep -qx 'symbol level: global in level.fle overrides weak in main.fle' r.txt
    # each section is exactly its lines of the full trace
    fle-ld --trace -o prog main.fle level.fle libgreet.a > all.txt
    fle-ld --trace=inputs,resolve,layout,relocs -o prog main.fle level.fle libgreet.a > four.txt
    diff all.txt four.txt
}

@test "an unknown trace section is an error before anything is linked" {
    run fle-ld --trace=inputs,relocations -o prog main.fle level.fle libgreet.a
    assert_failure
    assert_output "$(printf '%s\n%s' "fle-ld: error: unknown trace section 'relocations' in --trace=inputs,relocations" \
        ">>> sections: inputs, resolve, layout, relocs, inputs-all, resolve-all, layout-all, relocs-all, all")"
    [ ! -e prog ]
}

@test "--trace-symbol and -y follow one symbol from reference to relocation" {
    run fle-ld -y level -o prog main.fle level.fle libgreet.a
    assert_success
    assert_output "$(cat <<'OUT'
main.fle: definition of level
level.fle: definition of level
symbol level: global in level.fle overrides weak in main.fle
libgreet.a(greet.fle): reference to level
level = 0x401030 (global in level.fle)
libgreet.a(greet.fle):(.text+0x1) R_X86_64_PLT32 level: S=0x401030 A=-0x4 P=0x401041: S + A - P = -0x15, bytes eb ff ff ff
OUT
)"
    run fle-ld --trace-symbol=hook --trace-symbol counter -o prog main.fle level.fle libgreet.a
    assert_success
    assert_output "$(cat <<'OUT'
main.fle: reference to hook
main.fle: definition of counter
level.fle: definition of counter
symbol counter: COMMON merged, size 0x8 align 0x8 (level.fle: size 0x8 align 0x8)
symbol hook: undefined weak, resolves to 0
symbol counter: COMMON from main.fle placed at .bss+0x0, size 0x8 align 0x8
hook = 0x0 (undefined weak)
counter = 0x403010 (COMMON in main.fle)
main.fle:(.text+0xf) R_X86_64_GOTPCREL hook: S=0x0 A=-0x4 P=0x40100f: G + GOT + A - P = 0x1fed, bytes ed 1f 00 00 (G + GOT = 0x403000, the GOT slot)
main.fle:(.data+0x0) R_X86_64_64 counter: S=0x403010 A=0x0 P=0x403008: S + A = 0x403010, bytes 10 30 40 00 00 00 00 00
got slot 0 at 0x403000 holds hook = 0x0
OUT
)"
    # a symbol pulled from an archive: why, and where it came from
    run fle-ld -ygreet -o prog main.fle level.fle libgreet.a
    assert_line --index 0 "main.fle: reference to greet"
    assert_line --index 1 "pulled in libgreet.a(greet.fle) to define greet, referenced by main.fle"
    assert_line --index 2 "libgreet.a(greet.fle): definition of greet"
}

@test "-y prints the reference and definition lines GNU ld's -y prints" {
    mkdir elf fle
    cat > main.c <<'SRC'
int level = 3;
int counter;
int greet(void);
void _start(void) {
    __asm__ volatile("syscall" :: "a"(60), "D"(greet() + counter));
}
SRC
    cat > greet.c <<'SRC'
extern int level;
int greet(void) { return level; }
SRC
    cat > other.c <<'SRC'
int other(void) { return 1; }
SRC
    for d in elf fle; do
        cc=gcc; ar=ar; [ $d = fle ] && cc=fle-cc && ar=fle-ar
        (cd $d && $cc -c -O1 -fno-pie -fcommon ../main.c ../greet.c ../other.c &&
            $ar rcs libgreet.a greet.o other.o)
    done
    (cd elf && ld -y greet -y level -y counter -o prog main.o libgreet.a) 2> gnu.txt
    (cd fle && fle-ld -y greet -y level -y counter -o prog main.o libgreet.a) > fle.txt
    sed 's/^[^:]*ld: //' gnu.txt > gnu-lines.txt
    grep -E ': (reference to|definition of) ' fle.txt > fle-lines.txt
    [ "$(wc -l < gnu-lines.txt)" -eq 5 ]
    # the same lines, files in the same order (within a file, each
    # follows its own object's symbol order, which differs between ELF
    # and FLE)
    diff <(sort gnu-lines.txt) <(sort fle-lines.txt)
    diff <(cut -d: -f1 gnu-lines.txt | uniq) <(cut -d: -f1 fle-lines.txt | uniq)
    run ./fle/prog
    assert_equal "$status" 3
}

@test "-l libraries are named as the user named them: libNAME.a, -l:FILE" {
    mkdir lib
    mv libgreet.a lib/
    cp level.fle lib/
    run fle-ld --trace=inputs -o prog main.fle -Llib -l:level.fle -lgreet
    assert_success
    assert_output "$(cat <<'OUT'
== inputs
main.fle: object, 2 sections, 8 symbols
level.fle: object, 1 section, 2 symbols
libgreet.a: archive, 2 members, 3 indexed symbols
pulled in libgreet.a(greet.fle) to define greet, referenced by main.fle
left out 1 of 2 members of libgreet.a (unused.fle): it defines nothing still undefined
OUT
)"
    run fle-ld -o prog main.fle -Llib -l:nothere.fle
    assert_failure
    assert_line "fle-ld: error: unable to find library -l:nothere.fle"
    run fle-ld -o prog main.fle -Llib -l:
    assert_failure
    assert_line "fle-ld: error: unable to find library -l:"
}

@test "hello with libc: one summary line for the members left out, short names" {
    [ -e "$ROOT/build/lib/fle/libc.a" ] || skip "minilibc is not built"
    cp "$ROOT/examples/hello/hello.c" .
    fle-cc -c hello.c
    fle-cc hello.o -o hello -Wl,--trace > trace.txt
    total=$(fle-ar t "$ROOT/build/lib/fle/libc.a" | wc -l)
    pulled=$(grep -c '^pulled in libc.a(' trace.txt)
    run grep '^left out' trace.txt
    assert_output "left out $((total - pulled)) of $total members of libc.a: they define nothing still undefined"
    grep -qx 'pulled in libc.a(printf.fle) to define printf, referenced by hello.o' trace.txt
    grep -qx 'pulled in libc.a(__libc_start.fle) to define __libc_start, referenced by crt1.fle' trace.txt
    grep -qx 'crt1.fle: object, .*' trace.txt
    run grep -c "$ROOT\|/\.\./" trace.txt
    assert_output "0"
    # hello.o's relocations are shown, libc's counted
    grep -q '^hello.o:(.text+0x[0-9a-f]*) R_X86_64_PLT32 printf: ' trace.txt
    run grep -c '^libc.a(' <(grep R_X86_64_ trace.txt)
    assert_output "0"
    hidden=$(fle-cc hello.o -o hello -Wl,--trace=relocs-all | grep -v '^hello.o:' | grep -c ' R_X86_64_')
    grep -qx "($hidden relocations in libraries not shown: --trace=relocs-all shows them)" trace.txt
    # libc's pieces of .text are one line; layout-all lists each of them
    line=$(grep -A3 '^\.text at ' trace.txt | grep ' pieces from libc.a, up to +0x')
    n=$(echo "$line" | awk '{print $2}')
    fle-cc hello.o -o hello -Wl,--trace=layout-all > layout.txt
    listed=$(awk '/^\.text at /{t=1;next} /^[^ ]/{t=0} t' layout.txt | grep -c '^  +0x[0-9a-f]*  libc.a(')
    [ "$n" -eq "$listed" ] && [ "$n" -gt 1 ]
    grep -qx '(pieces from one library are one line: --trace=layout-all lists each)' trace.txt
    # decisions between two libc members are resolve-all's
    fle-cc hello.o -o hello -Wl,--trace=resolve-all > resolve.txt
    grep -qx 'symbol __stdio_exit: global in libc.a(__stdio_exit.fle) overrides weak in libc.a(exit.fle)' resolve.txt
    run grep -c '^symbol __stdio_exit' trace.txt
    assert_output "0"
    grep -qx 'printf = 0x[0-9a-f]* (global in libc.a(printf.fle))' resolve.txt
    # the whole trace of hello now fits on a few screens
    [ "$(wc -l < trace.txt)" -lt 150 ]
}
