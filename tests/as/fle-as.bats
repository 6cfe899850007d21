#!/usr/bin/env bats
# fle-as and fle-cc -c: what they produce and how they fail.
load ../common
setup() { common_setup; }

@test "fle-as converts an ELF object and assembles a .s to the same FLE" {
    printf '\t.text\n\t.globl f\nf:\tcall g\n\tret\n' > f.s
    as --64 f.s -o f.o
    fle-as f.o -o from-elf.fle
    fle-as f.s -o from-asm.fle
    # Only the object's name differs (FILE symbols: none here).
    cmp from-elf.fle from-asm.fle
    run jq -r '.sections[0].lines[]' from-asm.fle
    assert_output "📤: f none 0x0
🔢: e8
❓: R_X86_64_PLT32(g - 0x4 - 📍)
🔢: c3"
}

@test "fle-cc -c gives byte-identical FLE to fle-as on gcc -c output" {
    dir=$("$ROOT/tests/corpus/build-matrix")
    for flags in "-O0 -fno-pic" "-O2 -fPIC -g" "-O3 -fPIE"; do
        for src in globals switch fnptr ctors weak strings; do
            # fle-cc adds -fno-lto, which -g records in DW_AT_producer.
            gcc -c $flags -fno-lto "$ROOT/tests/corpus/$src.c" -o ref.o
            fle-as ref.o -o ref.fle
            fle-cc -c $flags "$ROOT/tests/corpus/$src.c" -o cc.fle
            # The object's name in messages is the source for fle-cc and
            # the .o for fle-as; the file contents must not differ.
            cmp ref.fle cc.fle
        done
    done
}

@test "fle-cc -c names its output like gcc (foo.c -> foo.o)" {
    printf 'int x = 1;\n' > foo.c
    fle-cc -c foo.c
    run jq -r .type foo.o
    assert_output ".obj"
}

@test "fle-cc -c with -o and several sources is refused like gcc" {
    printf 'int a;\n' > a.c; printf 'int b;\n' > b.c
    run fle-cc -c a.c b.c -o x.o
    assert_failure
    assert_output "fle-cc: error: cannot specify '-o' with '-c' with multiple files"
}

@test "fle-cc -E and -S are gcc's, with the FLE include path first" {
    printf '#define X 40+2\nint v = X;\n' > p.c
    run fle-cc -E -P p.c
    assert_success
    assert_output --partial "int v = 40+2;"
    fle-cc -S p.c -o p.s
    grep -q 'v:' p.s
    run fle-cc -v -E p.c -o /dev/null
    assert_output --partial "-nostdinc -isystem $ROOT/build/bin/../lib/fle/include"
}

@test "an unsupported relocation type is an error naming the type and place" {
    printf '\t.text\n\tnop\n\t.reloc ., R_X86_64_GOTPLT64, foo\n\t.quad 0\n' > bad.s
    run fle-as bad.s -o bad.fle
    assert_failure
    assert_output "fle-as: error: bad.s:(.text+0x1): unsupported relocation type R_X86_64_GOTPLT64"
    [ ! -e bad.fle ]
}

@test "non-ELF, non-assembly input fails cleanly with no output" {
    printf 'this is not assembly\n' > junk.s
    run fle-as junk.s -o junk.fle
    assert_failure
    assert_output --partial "Error: no such instruction"
    assert_line "fle-as: error: junk.s: assembly failed"
    [ ! -e junk.fle ]
}

@test "fle-as refuses an ELF executable and a 32-bit object" {
    printf 'int main(void){return 0;}\n' > m.c
    gcc m.c -o m.elf
    run fle-as m.elf -o m.fle
    assert_failure
    assert_output "fle-as: error: m.elf: not a relocatable object (ELF type 3)"
    gcc -m32 -c m.c -o m32.o 2>/dev/null || skip "no 32-bit gcc support"
    run fle-as m32.o -o m.fle
    assert_output "fle-as: error: m32.o: not an x86-64 ELF64 object"
}

@test "a missing input is an error" {
    run fle-as nowhere.o -o x.fle
    assert_failure
    assert_output "fle-as: error: cannot open nowhere.o: No such file or directory"
}

@test "symbol visibility, weak binding, COMMON and TLS survive conversion" {
    dir=$("$ROOT/tests/corpus/build-matrix")
    run jq -r '.sections[].lines[] | select(test("^(📤|🏷️|📎)"))' "$dir/weak-O2-fno-pic.fle"
    assert_line "📤: hidden_var object 0x4 hidden"
    assert_line "📤: protected_fn func 0x6 protected"
    assert_line "📤: internal_fn func 0x6 internal"
    assert_line "📎: tunable object 0x4"
    run jq -r '.symbols[]' "$dir/weak-O2-fno-pic.fle"
    assert_line "📥: maybe weak"
    run jq -r '.symbols[]' "$dir/common-O0-fno-pic.fle"
    assert_line "📤: common_buf object 0x100 common=0x20"
    run jq -r '.sections[] | select(.name == ".tbss") | .type + " " + .flags' "$dir/tls-O2-fno-pic.fle"
    assert_output "NOBITS WAT"
}
