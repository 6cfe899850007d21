#!/usr/bin/env bats
# fle-nm: GNU nm for FLE.  On every corpus object it must print exactly
# what nm prints for the ELF object (all options that do not depend on
# the ELF symbol table's order), and read executables and archives.
load ../common

setup_file() {
    export CORPUS="$("$ROOT/tests/corpus/build-matrix" 2>/dev/null)"
}
setup() { common_setup; }

# nm OPTS over every corpus .o vs fle-nm OPTS over the .fle files, one
# process each; file names in headers and -A prefixes are made equal.
same_as_nm() {
    (cd "$CORPUS" && nm "$@" *.o) > elf 2>&1
    (cd "$CORPUS" && fle-nm "$@" *.fle) 2>&1 | sed -E 's/\.fle(:|$)/.o\1/' > fle
    [ "$(grep -c ' ' elf)" -gt 100 ]
    diff -u elf fle
}

@test "same as nm over the whole corpus: default sort by name" {
    same_as_nm
}

@test "same as nm over the whole corpus: -n, -n -r, -r" {
    same_as_nm -n
    same_as_nm -n -r
    same_as_nm -r
}

@test "same as nm over the whole corpus: -g, -u, --defined-only, -A, -o -g" {
    same_as_nm -g
    same_as_nm -u
    same_as_nm --defined-only
    same_as_nm -A
    same_as_nm -o -g
}

@test "same as nm in the C locale too (strcmp order)" {
    export LC_ALL=C
    same_as_nm
}

@test "-p keeps FLE's order: the same lines as nm -p, in another order" {
    (cd "$CORPUS" && nm -p *.o) | sort > elf
    (cd "$CORPUS" && fle-nm -p *.fle) | sed -E 's/\.fle(:|$)/.o\1/' | sort > fle
    diff -u elf fle
}

@test "one object: exact text (weak, hidden, undefined, common letters)" {
    cp "$CORPUS/weak-O0-fno-pic.fle" "$CORPUS/common-O0-fno-pic.fle" .
    run fle-nm weak-O0-fno-pic.fle
    assert_success
    assert_output "$(nm "$CORPUS/weak-O0-fno-pic.o")"
    assert_line '                 w maybe'
    assert_line '0000000000000000 V tunable'
    run fle-nm common-O0-fno-pic.fle
    assert_line '0000000000000100 C common_buf'
}

@test "an archive: nm's per-member blocks, and -A's archive:member: prefix" {
    for n in statics-O2-fPIC weak-O0-fno-pic; do cp "$CORPUS/$n.o" "$CORPUS/$n.fle" .; done
    ar rc elf.a statics-O2-fPIC.o weak-O0-fno-pic.o
    fle-ar rc fle.a statics-O2-fPIC.fle weak-O0-fno-pic.fle
    diff -u <(nm elf.a) <(fle-nm fle.a | sed 's/\.fle:$/.o:/')
    diff -u <(nm -A elf.a | sed 's/^elf\.a:/X:/') \
            <(fle-nm -A fle.a | sed 's/^fle\.a:/X:/; s/\.fle:/.o:/')
}

@test "an executable: letters from its sections and segments" {
    cp "$ROOT/tests/tools/data/hello.exe" .
    run fle-nm hello.exe
    assert_success
    assert_output - <<'OUT'
0000000000402008 B _end
0000000000401000 T _start
000000000000002a A answer
0000000000402004 b buf
0000000000402000 D counter
000000000040100c T main
OUT
    run fle-nm -n -g hello.exe
    assert_output - <<'OUT'
000000000000002a A answer
0000000000401000 T _start
000000000040100c T main
0000000000402000 D counter
0000000000402008 B _end
OUT
}

@test "an executable linked by fle-ld: the same letters GNU ld's gives" {
    [ -x "$ROOT/build/bin/fle-ld" ] || skip "fle-ld not built"
    printf 'int x = 3; int y; const int z = 4;\nint main(void) { return x + y + z; }\nvoid _start(void) { main(); for (;;); }\n' > a.c
    gcc -c -O1 -fno-pic -fno-asynchronous-unwind-tables a.c -o a.o
    gcc -static -nostdlib -no-pie -o a.elf a.o
    fle-as a.o -o a.fle
    fle-ld a.fle -o a.exe
    diff -u <(nm a.elf | awk '$3 ~ /^(_start|main|x|y|z)$/ {print $2, $3}') \
            <(fle-nm a.exe | awk '{print $2, $3}')
}

@test "errors: missing file, malformed file; other files still listed" {
    cp "$CORPUS/statics-O2-fPIC.fle" a.fle
    echo '{"type": ".obj", "version": 4}' > v3.fle
    run fle-nm nosuch.fle v3.fle a.fle
    assert_failure 1
    assert_line 'fle-nm: error: cannot open nosuch.fle: No such file or directory'
    assert_line 'fle-nm: error: v3.fle:1:29: unsupported FLE version 4 (this reader knows versions 1 to 3)'
    assert_line '0000000000000000 T a'
}
