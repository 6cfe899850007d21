#!/usr/bin/env bats
# fle-objcopy -O elf64-x86-64: an FLE executable exported as an ELF
# executable.  readelf must see in it what fle-readfle sees in the FLE
# file (objcopy_check.py compares the fields), GNU nm what fle-nm sees,
# and the kernel must run it with the output and exit status fle-exec
# gives the FLE program.  Bad input is an error and writes nothing.
load ../common

CHECK="$ROOT/tests/tools/objcopy_check.py"

# The programs, built once: examples plus TLS, .bss and PIE programs.
setup_file() {
    local d="$BATS_FILE_TMPDIR/progs"
    mkdir -p "$d" && cd "$d"
    cat > tls.c <<'EOF'
#include <stdio.h>
__thread int counter = 5;
__thread long zeros[4];
__thread char name[8] = "tls";
int main(void) {
    counter += 2;
    zeros[3] = 9;
    printf("%d %ld %s\n", counter, zeros[3], name);
    return counter;
}
EOF
    cat > bss.c <<'EOF'
#include <stdio.h>
static unsigned char big[1 << 20];
int total;
int main(void) {
    for (int i = 0; i < (int)sizeof big; i++)
        big[i] = (unsigned char)(i * 7);
    for (int i = 0; i < (int)sizeof big; i += 4096)
        total += big[i + 5];
    printf("total %d, last %d\n", total, big[sizeof big - 1]);
    return total % 100;
}
EOF
    # Pointers in data: a PIE's R_X86_64_RELATIVE relocations.
    cat > ptrs.c <<'EOF'
#include <stdio.h>
static const char *words[] = {"alpha", "beta", "gamma"};
static int twice(int x) { return 2 * x; }
static int (*op)(int) = twice;
int main(int argc, char **argv) {
    for (int i = 0; i < 3; i++)
        printf("%s %d\n", words[i], op(i));
    printf("%s\n", argc > 1 ? argv[1] : "-");
    return 3;
}
EOF
    fle-cc "$ROOT/examples/hello/hello.c" -o hello
    fle-cc "$ROOT/examples/args/args.c" -o args
    # .tbss far larger than the data after it: it runs past its segment.
    cat > bigtls.c <<'EOF'
#include <stdio.h>
__thread char big[100000];
__thread int seven = 7;
int main(void) {
    big[99999] = 3;
    printf("%d %d\n", big[99999] + seven, big[5]);
    return 4;
}
EOF
    fle-cc tls.c -o tls
    fle-cc bigtls.c -o bigtls
    fle-cc bss.c -o bss
    fle-cc -fPIE -pie ptrs.c -o ptrs-pie
    fle-cc -fPIE -pie tls.c -o tls-pie
    fle-cc -fPIE -pie "$ROOT/examples/pie/pie.c" -o pie
    fle-cc -nostdlib "$ROOT/examples/exit42/exit42.c" -o exit42
    fle-cc "$ROOT/examples/ctor/ctor.c" -o ctor
    fle-cc "$ROOT/examples/selfmod/selfmod.c" -o selfmod
    mkdir elf
    for p in hello args tls bigtls bss ptrs-pie tls-pie pie exit42 ctor selfmod; do
        fle-objcopy -O elf64-x86-64 "$p" "elf/$p"
    done
}

setup() {
    common_setup
    P="$BATS_FILE_TMPDIR/progs"
}

ALL="hello args tls bigtls bss ptrs-pie tls-pie pie exit42 ctor selfmod"

# same_run PROG ARGS...: stdout and status of the ELF twin equal
# fle-exec's.  Both run as ./PROG from their own folder, so argv[0] is
# the same, with the same (small) environment.
same_run() {
    local prog=$1
    shift
    # (make test-asan's options stay: without handle_segv=0 the sanitized
    # loader's handler would catch a fault of the program it loaded.)
    local keep=()
    [ -z "${ASAN_OPTIONS:-}" ] || keep=("ASAN_OPTIONS=$ASAN_OPTIONS")
    run env -i GREETING=bonjour "${keep[@]}" sh -c 'cd "$0" && fle_exec=$1 && shift && exec "$fle_exec" "$@"' \
        "$P" "$ROOT/build/bin/fle-exec" "./$prog" "$@"
    local fle_status=$status fle_output=$output
    run env -i GREETING=bonjour "${keep[@]}" sh -c 'cd "$0" && exec "$@"' "$P/elf" "./$prog" "$@"
    [ "$status" -eq "$fle_status" ] || { echo "status: ELF $status, fle-exec $fle_status"; false; }
    [ "$output" = "$fle_output" ] || { diff <(echo "$fle_output") <(echo "$output"); false; }
}

@test "the output is an ELF executable the kernel runs: examples/hello" {
    run readelf -h "$P/elf/hello"
    assert_line --regexp '^  Type: +EXEC \(Executable file\)$'
    assert_line --regexp '^  Machine: +Advanced Micro Devices X86-64$'
    [ -x "$P/elf/hello" ]
    same_run hello FLE world
    assert_output "hello from FLE FLE world (3 args)"
}

@test "argv and environ arrive as fle-exec passes them (examples/args)" {
    same_run args one "two words" ""
    assert_line 'argv[2] = "two words"'
    assert_line 'environ == &argv[argc + 1]: yes'
    assert_line 'GREETING = bonjour'
}

@test "a TLS program (__thread) runs the same, static and -pie" {
    same_run tls
    assert_output "7 9 tls"
    [ "$status" -eq 7 ]
    same_run tls-pie
    assert_output "7 9 tls"
    same_run bigtls
    assert_output "10 0"
    [ "$status" -eq 4 ]
}

@test "a program writing 1 MiB of .bss runs the same" {
    same_run bss
    assert_output --regexp '^total [0-9]+, last [0-9]+$'
}

@test "a -pie program with pointers in data runs the same at the fixed base" {
    same_run ptrs-pie word
    assert_output "$(printf 'alpha 0\nbeta 2\ngamma 4\nword')"
    [ "$status" -eq 3 ]
    # examples/pie prints its addresses: the ELF twin always the same.
    run "$P/elf/pie"
    assert_line "main is at 0x$(printf '%x' $((0x555555554000 + 0x$(fle-nm "$P/pie" | awk '$3 == "main" {print $1}')))) (page offset 0x16)"
    first=$output
    run "$P/elf/pie"
    [ "$output" = "$first" ]
}

@test "no C library (exit42), constructors (ctor), W^X kept (selfmod)" {
    same_run exit42
    [ "$status" -eq 42 ]
    same_run ctor
    assert_line --index 0 "constructor: before main"
    # Writing into its own code kills it in both: text stays r-x.
    same_run selfmod
    [ "$status" -eq 139 ]
}

@test "the libc differential corpus runs the same as an ELF twin" {
    # Each program in its own fresh folder as ./NAME (same argv[0]), with
    # libc.bash's arguments, input and environment.
    local n=0
    for src in "$ROOT"/tests/libc/progs/*.c; do
        name=$(basename "$src" .c)
        mkdir -p "fle-$name" "elf-$name"
        fle-cc -O2 -w "$src" -o "fle-$name/$name"
        fle-objcopy "fle-$name/$name" "elf-$name/$name"
        for k in fle elf; do
            (cd "$k-$name" && env -i PATH="$ROOT/build/bin:/usr/bin:/bin" HOME=/nonexistent \
                 LIBC_TEST=yes $([ $k = fle ] && echo fle-exec) "./$name" first "second arg" \
                 < "$ROOT/tests/libc/progs/input.txt" 2>/dev/null | cat > ../$k-$name.out
             echo "exit status ${PIPESTATUS[0]}" >> ../$k-$name.out)
        done
        [ "$(wc -l < "fle-$name.out")" -gt 1 ]
        diff -u "fle-$name.out" "elf-$name.out"
        n=$((n + 1))
    done
    [ "$n" -ge 20 ]
}

@test "gdb stops at a function of the ELF twin, valgrind runs it clean" {
    command -v gdb > /dev/null || skip "no gdb"
    run gdb -nx -batch -ex 'break main' -ex 'run FLE' -ex 'bt' "$P/elf/hello"
    assert_line --regexp '^Breakpoint 1, 0x0*40[0-9a-f]+ in main \(\)$'
    assert_line --regexp '^#0  0x0*40[0-9a-f]+ in main \(\)$'
    # A PIE: its functions are at the fixed base.
    run gdb -nx -batch -ex 'break twice' -ex 'run' "$P/elf/ptrs-pie"
    assert_line --regexp '^Breakpoint 1, 0x0*55555555[0-9a-f]{4} in twice \(\)$'
    command -v valgrind > /dev/null || skip "no valgrind"
    run valgrind -q --error-exitcode=99 "$P/elf/tls"
    assert_failure 7
    assert_output "7 9 tls"
}

@test "readelf -lW shows fle-readfle -l's segments, PT_TLS and the entry" {
    for p in $ALL; do
        run python3 "$CHECK" segments "$P/$p" "$P/elf/$p"
        assert_success
        assert_output --regexp '^[0-9]+ segments compared, 0 differences$'
    done
    run readelf -lW "$P/elf/tls"
    assert_line --regexp '^  TLS '
    assert_line --regexp '^  GNU_STACK .* RW  0x10$'
    run readelf -lW "$P/elf/hello"
    refute_line --regexp '^  TLS '
}

@test "readelf -SW shows fle-readfle -S's sections (.bss and .tbss NOBITS)" {
    for p in $ALL; do
        run python3 "$CHECK" sections "$P/$p" "$P/elf/$p"
        assert_success
        assert_output --regexp '^[0-9]+ sections compared, 0 differences$'
    done
    run readelf -SW "$P/elf/tls"
    assert_line --regexp '^  \[ *[0-9]+\] \.tbss +NOBITS .* WAT '
    assert_line --regexp '^  \[ *[0-9]+\] \.bss +NOBITS .* WA '
}

@test "readelf -sW shows fle-readfle -s's symbols, row for row" {
    for p in $ALL; do
        run python3 "$CHECK" symbols "$P/$p" "$P/elf/$p"
        assert_success
        assert_output --regexp '^[0-9]+ symbols compared, 0 differences$'
    done
}

@test "GNU nm on the ELF twin prints what fle-nm prints (TLS symbols: D/B)" {
    for p in hello args bss; do
        diff -u <(fle-nm "$P/$p") <(nm "$P/elf/$p")
    done
    # fle-nm calls a TLS symbol absolute (its offset in the template);
    # nm gives the letter of .tdata/.tbss.
    diff -u <(fle-nm "$P/tls" | sed -E 's/ A (counter|name)$/ D \1/; s/ A zeros$/ B zeros/') \
        <(nm "$P/elf/tls")
}

@test "a section starting where the previous segment ends belongs to the next" {
    # text ends at 0x402000 (a zero-filled tail), rodata starts there.
    {
        printf '#!/usr/bin/env fle-exec\n{ "type": ".exe", "version": 1, "entry": "0x401000", "pie": false,\n'
        printf '  "sections": [ { "name": ".text", "addr": "0x401000", "size": "0x10", "flags": "AX" },\n'
        printf '    { "name": ".rodata", "addr": "0x402000", "size": "0x4", "flags": "A" } ],\n'
        printf '  "segments": [ { "name": "text", "vaddr": "0x401000", "memsz": "0x1000", "flags": "r-x",\n'
        printf '      "align": "0x1000", "lines": [ "📤: _start func 0x10",\n'
        printf '        "🔢: 8b 3c 25 00 20 40 00 b8 3c 00 00 00 0f 05 f4 90", "🕳️: 0xff0" ] },\n'
        printf '    { "name": "rodata", "vaddr": "0x402000", "memsz": "0x4", "flags": "r--",\n'
        printf '      "align": "0x1000", "lines": [ "📤: answer object 0x4", "🔢: 2a 00 00 00" ] } ],\n'
        printf '  "symbols": [] }\n'
    } > adj
    fle-objcopy adj adj.elf
    run ./adj.elf
    assert_failure 42
    for m in segments sections symbols; do
        run python3 "$CHECK" $m adj adj.elf
        assert_success
    done
    run fle-readfle -S adj
    assert_line --regexp '^  \[ 2\] \.rodata +PROGBITS '
    diff -u <(fle-nm adj) <(nm adj.elf)
    assert_equal "$(fle-nm adj | grep answer)" "0000000000402000 R answer"
}

@test "a -pie program: ET_EXEC at the fixed base 0x555555554000" {
    run readelf -hW "$P/elf/ptrs-pie"
    assert_line --regexp '^  Type: +EXEC '
    entry=$(fle-readfle -h "$P/ptrs-pie" | awk '/Entry point/ {print $4}')
    assert_line --regexp "^  Entry point address: +0x$(printf '%x' $((0x555555554000 + entry)))$"
    run readelf -rW "$P/elf/ptrs-pie"
    assert_output --partial 'There are no relocations in this file.'
}

@test "the output file is executable (0777 less the umask) and replaced whole" {
    umask 022
    echo old > out
    ln out link
    fle-objcopy "$P/hello" out
    [ "$(stat -c %a out)" = 755 ]
    # A new file took the name: the other link still holds the old one.
    [ "$(cat link)" = old ]
    cmp out "$P/elf/hello"
}

# fails STATUS MESSAGE: the error line, and no output written.
bad_input() {
    run fle-objcopy -O elf64-x86-64 "$@"
    assert_failure 1
}

@test "an object, an archive, an ELF or a non-FLE file: error, no output" {
    echo 'int main(void) { return 0; }' > m.c
    fle-cc -c m.c -o m.o
    fle-ar rcs lib.a m.o
    bad_input m.o out
    assert_output "fle-objcopy: error: m.o: not an FLE executable (it is an object); link it with fle-ld first"
    bad_input lib.a out
    assert_output "fle-objcopy: error: lib.a: not an FLE executable (it is an archive); link it with fle-ld first"
    cp "$P/elf/hello" hello.elf
    bad_input hello.elf out
    assert_output "fle-objcopy: error: hello.elf: not an FLE file (it looks like an ELF executable)"
    echo 'hello' > text
    bad_input text out
    assert_output "fle-objcopy: error: text: not an FLE file (it looks like plain text, not JSON)"
    bad_input missing out
    assert_output "fle-objcopy: error: cannot open missing: No such file or directory"
    [ ! -e out ]
    ls -A > files
    [ "$(cat files)" = "$(printf 'files\nhello.elf\nlib.a\nm.c\nm.o\ntext')" ]
}

@test "a failing run leaves an existing output exactly as it was" {
    echo 'int main(void) { return 0; }' > m.c
    fle-cc -c m.c -o m.o
    echo old > out
    bad_input m.o out
    [ "$(cat out)" = old ]
    run fle-objcopy -O elf32-i386 "$P/hello" out
    assert_failure 1
    [ "$(cat out)" = old ]
}

@test "missing files, unknown target or option: error and exit 1" {
    run fle-objcopy
    assert_failure 1
    assert_output "fle-objcopy: error: no input file"
    run fle-objcopy "$P/hello"
    assert_failure 1
    assert_output "fle-objcopy: error: no output file"
    run fle-objcopy "$P/hello" a b
    assert_failure 1
    assert_output "fle-objcopy: error: too many files: 'b' (one input and one output)"
    run fle-objcopy -O elf32-i386 "$P/hello" out
    assert_failure 1
    assert_output "fle-objcopy: error: unknown output target 'elf32-i386' (the only one is elf64-x86-64)"
    run fle-objcopy -O
    assert_failure 1
    assert_output "fle-objcopy: error: option '-O' needs an argument"
    run fle-objcopy --strip-all "$P/hello" out
    assert_failure 1
    assert_output "fle-objcopy: error: unknown option '--strip-all' (--help lists them)"
    run fle-objcopy "$P/hello" "$P/hello"
    assert_failure 1
    assert_output "fle-objcopy: error: input file '$P/hello' is the same as output file"
    [ ! -e out ]
    # --output-target= is -O's long form.
    fle-objcopy --output-target=elf64-x86-64 "$P/hello" out
    cmp out "$P/elf/hello"
}

@test "--help and --version, like the other tools" {
    run fle-objcopy --help
    assert_success
    assert_line --index 0 "usage: fle-objcopy [-O elf64-x86-64] PROG OUT"
    assert_output --partial "fixed base"
    run fle-objcopy --version
    assert_success
    assert_output "$(fle-ld --version | sed 's/^fle-ld/fle-objcopy/')"
}

@test "make install installs fle-objcopy with the other tools" {
    # (make test-asan: install would rebuild the default build, as
    # tests/build/install.bats, which it leaves out.)
    [ -z "${FLE_SANITIZED:-}" ] || skip "make install builds the default, unsanitized tools"
    make -s -C "$ROOT" install DESTDIR="$PWD/root" PREFIX=/opt/fle >/dev/null
    [ -x root/opt/fle/bin/fle-objcopy ]
    root/opt/fle/bin/fle-objcopy "$P/hello" hello.elf
    run ./hello.elf x
    assert_output "hello from FLE x (2 args)"
}

@test "-g: the DWARF goes into the twin, byte for byte; gdb reads source lines from it" {
    printf '%s\n' '#include <stdio.h>' 'int twice(int v) {' '  int r = v * 2;' '  return r;' '}' \
        'int main(int c, char **v) {' '  printf("%d\n", twice(c));' '  return 0;' '}' > d.c
    fle-cc -g -O0 d.c -o d
    fle-objcopy d d.elf
    run python3 "$CHECK" sections d d.elf
    assert_success
    assert_output --regexp '^[0-9]+ sections compared, 0 differences$'
    for s in .debug_info .debug_abbrev .debug_line .debug_str; do
        fle-readfle -x "$s" d > fle.hex
        readelf -x "$s" d.elf > elf.hex
        diff <(grep '^  0x' fle.hex) <(grep '^  0x' elf.hex)
    done
    command -v gdb >/dev/null || skip "gdb is not installed"
    run timeout 60 gdb -nx -batch -ex 'break twice' -ex run -ex bt ./d.elf
    assert_success
    assert_line --regexp '^Breakpoint 1, twice \(v=1\) at d\.c:3$'
    assert_line --regexp '^#1  0x[0-9a-f]+ in main \(c=1, v=0x[0-9a-f]+\) at d\.c:7$'
}

@test "-g -pie: the twin at its base has the DWARF moved to that base" {
    printf 'int three(void) { return 3; }\nint main(void) { return three(); }\n' > d.c
    fle-cc -g -O0 -pie d.c -o d
    fle-readfle -S d | grep -q '\.debug_info'
    for base in 0x555555554000 0x7f1234560000; do
        if [ $base = 0x555555554000 ]; then fle-objcopy d d.elf; else fle-objcopy --base=$base d d.elf; fi
        run readelf -SW d.elf
        assert_output --partial '.debug_info'
        addr=$(fle-nm d | awk '$3 == "three" { print $1 }')
        want=$(printf '0x%x' $((base + 0x$addr)))
        run bash -c "readelf -wi d.elf | grep -A8 'DW_AT_name .*: three\$' | grep DW_AT_low_pc"
        assert_output --regexp "DW_AT_low_pc +: $want\$"
        run addr2line -e d.elf $want
        assert_output --regexp 'd\.c:1$'
    done
    run ./d.elf
    assert_equal "$status" 3
}
