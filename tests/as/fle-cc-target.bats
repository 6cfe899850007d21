#!/usr/bin/env bats
# fle-cc makes x86-64 ELF64 objects only (fle-as reads nothing else): a
# flag that asks gcc for another target is refused up front, with one
# clear error, before any source is compiled; gcc's own answer (an i386
# object) would otherwise fail later as "not an x86-64 ELF64 object".
load ../common
setup() {
    common_setup
    printf 'int main(void) { return 0; }\n' > ok.c
    printf 'int broken(void) { return nope; }\n' > bad.c
}

# refused FLAG... : fle-cc with these flags, compiling and linking
# ok.c and bad.c, fails with exactly EXPECTED and makes nothing.
refused() {
    local expected="$1"; shift
    run fle-cc -v ok.c bad.c "$@" -o prog
    assert_failure
    assert_output "$expected"   # no gcc command line (-v), no gcc error
    [ ! -e prog ] && [ ! -e ok.o ]
    run fle-cc -c ok.c "$@"
    assert_failure
    assert_output "$expected"
    [ ! -e ok.o ]
}

@test "-m32, -mx32, -m16 and -miamcu are refused before anything is compiled" {
    for f in -m32 -mx32 -m16 -miamcu; do
        refused "$(printf '%s\n%s' "fle-cc: error: unsupported target flag '$f'" \
            '>>> FLE objects are x86-64 ELF64 (LP64) only')" "$f"
    done
    # gcc itself would have made an object of another kind
    gcc -m32 -c ok.c -o m32.o 2>/dev/null || skip "no 32-bit gcc support"
    run readelf -h m32.o
    assert_line --regexp 'Class: +ELF32'
}

@test "--target and -target of another architecture are refused" {
    refused "$(printf '%s\n%s' "fle-cc: error: unsupported target 'aarch64-linux-gnu'" \
        '>>> FLE objects are x86-64 ELF64 (LP64) only')" --target=aarch64-linux-gnu
    refused "$(printf '%s\n%s' "fle-cc: error: unsupported target 'i686-linux-gnu'" \
        '>>> FLE objects are x86-64 ELF64 (LP64) only')" -target i686-linux-gnu
}

@test "an x86-64 target, -m64 and x86-64 tuning flags are accepted" {
    fle-cc --target=x86_64-linux-gnu -m64 -march=x86-64-v2 -mtune=generic ok.c -o prog
    run ./prog
    assert_success
    fle-cc -target x86_64-pc-linux-gnu -c ok.c
    run fle-nm ok.o
    assert_output --regexp 'T main$'
    # -S is gcc's own job: the accepted --target is not passed to gcc,
    # which does not know it
    fle-cc --target=x86_64-linux-gnu -S ok.c -o ok.s
    grep -q 'main:' ok.s
}
