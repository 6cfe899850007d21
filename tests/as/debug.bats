#!/usr/bin/env bats
# fle-as keeps gcc's DWARF (.debug_* sections) as non-allocated FLE
# sections with their relocations (spec/FLE.md §4), and nothing else
# that is not allocated; without -g an object is what it always was.
load ../common
setup() {
    common_setup
    cat > prog.c <<'EOF'
#include <stdio.h>
__thread int counter = 3;
__thread long zeroed;
static int twice(int x) { return 2 * x + counter; }
int main(int argc, char **argv) {
    int y = twice(argc);
    zeroed += y;
    printf("%d %s\n", y, argv[0]);
    return 0;
}
EOF
}

# The ELF object's sections FLE carries, as readelf -SW shows them, with
# Nr, Off, Lk and Inf masked (FLE numbers and places them its own way).
mask='s/^  \[ *[0-9]+\]/  [NN]/; s/^(.{58})[0-9a-f]{6}/\1OFFSET/; s/^(.{79}).{6}/\1LK INF/'
debug_rows() { grep -E '^  \[ *[0-9]+\] \.debug_' | sed -E "$mask"; }

@test "-g objects: every .debug_* section, as readelf -SW lists it, with its bytes" {
    for flags in "-O0 -g" "-O2 -g" "-O2 -fPIE -g" "-O1 -gdwarf-4"; do
        gcc $flags -c prog.c -o prog.o
        fle-as prog.o -o prog.fle
        readelf -SW prog.o | debug_rows > elf
        fle-readfle -S prog.fle | debug_rows > fle
        [ "$(wc -l < elf)" -ge 5 ]
        diff -u elf fle
        # Relocated fields are zero in both (RELA), so the dumps are equal.
        for sec in $(awk '{print $2}' elf); do
            readelf -x "$sec" prog.o > e.x
            fle-readfle -x "$sec" prog.fle > f.x
            cmp e.x f.x || { echo "$flags $sec"; diff e.x f.x | head; false; }
        done
    done
}

@test "DWARF 5 and 4 as gcc 12 writes them: the section sets" {
    gcc -O2 -g -c prog.c -o p5.o && fle-as p5.o -o p5.fle
    gcc -O2 -gdwarf-4 -c prog.c -o p4.o && fle-as p4.o -o p4.fle
    run bash -c "fle-readfle -S p5.fle | grep -o ' \.debug_[a-z_]*' | sort | tr -d ' ' | tr '\n' ' '"
    assert_output ".debug_abbrev .debug_aranges .debug_info .debug_line .debug_line_str .debug_loclists .debug_rnglists .debug_str "
    run bash -c "fle-readfle -S p4.fle | grep -o ' \.debug_[a-z_]*' | sort | tr -d ' ' | tr '\n' ' '"
    assert_output ".debug_abbrev .debug_aranges .debug_info .debug_line .debug_loc .debug_ranges .debug_str "
    # .debug_str is MS with entsize 1, the others have no flags.
    run bash -c "jq -c '.sections[] | select(.name|startswith(\".debug_\")) | [.name, .flags, .entsize]' p5.fle"
    assert_line '[".debug_str","MS","0x1"]'
    assert_line '[".debug_info","",null]'
}

@test "debug relocations are formulas like any other: 32, 64, DTPOFF32, as readelf -rW" {
    gcc -O2 -g -c prog.c -o prog.o
    fle-as prog.o -o prog.fle
    # (section, offset, type, symbol + addend) of every debug relocation.
    rels() { awk '/^Relocation section/ { s = $3 } /^[0-9a-f]+  / && s ~ /debug/ { print s, $1, $3, $5, $6, $7 }'; }
    readelf -rW prog.o | rels | sort > elf
    fle-readfle -r prog.fle | rels | sort > fle
    [ "$(wc -l < elf)" -ge 40 ]
    diff -u elf fle
    grep -q "R_X86_64_DTPOFF32 counter" fle
    grep -q "R_X86_64_64 .text" fle
    grep -q "R_X86_64_32 .debug_str" fle
    # In the text they read as formulas.
    grep -q '"❓: R_X86_64_DTPOFF32(dtpoff(counter))"' prog.fle
    grep -q '"❓: R_X86_64_32(section(.debug_abbrev))"' prog.fle
}

@test "only .debug_* is kept: .comment and .note.GNU-stack stay out" {
    gcc -g -c prog.c -o prog.o
    fle-as prog.o -o prog.fle
    readelf -SW prog.o | grep -q '\.comment'
    run jq -r '.sections[].name' prog.fle
    refute_output --partial .comment
    refute_output --partial .note.GNU-stack
    refute_output --partial .symtab
    # Every section without A is a .debug_* one.
    run jq -r '.sections[] | select(.flags | contains("A") | not) | .name' prog.fle
    assert_success
    for n in "${lines[@]}"; do [[ $n == .debug_* ]]; done
}

@test "without -g no object grows: -g adds only its debug sections" {
    for flags in "-O0" "-O2 -fPIC"; do
        gcc $flags -c prog.c -o plain.o && fle-as plain.o -o plain.fle
        gcc $flags -g -c prog.c -o dbg.o && fle-as dbg.o -o dbg.fle
        run jq -r '.sections[] | select(.flags | contains("A") | not) | .name' plain.fle
        assert_output ""
        # The -g object less its non-allocated sections is the plain one.
        jq '.sections |= map(select(.flags | contains("A")))' dbg.fle > stripped.json
        jq . plain.fle > plain.json
        cmp stripped.json plain.json
    done
}

@test "round trip: a -g object reads and writes byte-identically" {
    gcc -O2 -g -c prog.c -o prog.o
    fle-as prog.o -o prog.fle
    gcc -O0 -gdwarf-4 -fPIC -c prog.c -o p4.o
    fle-as p4.o -o p4.fle
    run "$ROOT/build/tests/fle-roundtrip" prog.fle p4.fle
    assert_success
    assert_output ""
}

@test "fle-cc -g -c gives fle-as's object for gcc -g -c" {
    gcc -O2 -g -fno-lto -c prog.c -o prog.o
    fle-as prog.o -o ref.fle
    fle-cc -O2 -g -c prog.c -o cc.fle
    # The include path differs (fle-cc's own headers), so compare the
    # section list and the code.
    diff <(jq -c '.sections[] | [.name, .flags]' ref.fle) <(jq -c '.sections[] | [.name, .flags]' cc.fle)
    diff <(jq -c '.sections[] | select(.name == ".text" or .name == ".text.startup")' ref.fle) \
         <(jq -c '.sections[] | select(.name == ".text" or .name == ".text.startup")' cc.fle)
}

@test "compressed debug sections (-gz, zlib-gnu) are carried uncompressed" {
    # The reference: binutils' objcopy inflating the same object.
    gcc -g -gz -c prog.c -o prog.o
    readelf -SW prog.o | grep -q ' \.debug_info .* C '
    objcopy --decompress-debug-sections prog.o plain.o
    fle-as plain.o -o plain.fle
    run fle-as prog.o -o prog.fle
    assert_success
    cmp plain.fle prog.fle
    gcc -g -c prog.c -o gnu.o -Wa,--compress-debug-sections=zlib-gnu
    readelf -SW gnu.o | grep -q ' \.zdebug_info '
    objcopy --decompress-debug-sections gnu.o gnuplain.o
    fle-as gnuplain.o -o gnuplain.fle
    fle-as gnu.o -o gnu.fle
    cmp gnuplain.fle gnu.fle
    grep -q '"name": ".debug_info"' gnu.fle
}

@test "-g3's macro tables in COMDAT groups are refused with a hint" {
    gcc -g3 -c prog.c -o prog.o
    readelf -SW prog.o | grep -q ' \.debug_macro .* G '
    run fle-as prog.o -o prog.fle
    assert_failure
    assert_output "fle-as: error: prog.o: section .debug_macro: debug information in a COMDAT group (-g3 macro tables) is not supported: compile with -g"
}

@test "reader: a non-allocated section is PROGBITS, and may hold relocations" {
    printf '%s' '{"type":".obj","version":2,"sections":[{"name":".debug_x","type":"NOBITS","flags":"","align":"0x1","size":"0x4","lines":["🕳️: 0x4"]}],"symbols":[]}' > bad.fle
    run fle-readfle -S bad.fle
    assert_failure
    assert_output "fle-readfle: error: bad.fle:1:83: section .debug_x: a NOBITS section needs flag A (only PROGBITS sections may be non-allocated)"
    printf '%s' '{"type":".obj","version":2,"sections":[{"name":".debug_x","type":"PROGBITS","flags":"MS","align":"0x1","entsize":"0x1","size":"0x8","lines":["🔤: hi␀","❓: R_X86_64_32(section(.debug_x) + 0x1)","🔢: 00"]}],"symbols":[]}' > ok.fle
    run fle-readfle -Sr ok.fle
    assert_success
    assert_line --regexp '^  \[ 1\] \.debug_x +PROGBITS +0000000000000000 [0-9a-f]{6} 000008 01  MS  0   0  1$'
    assert_line --regexp '^0000000000000003 +[0-9a-f]{16} R_X86_64_32 +0000000000000000 \.debug_x \+ 1$'
}

@test "reader: an executable's section entry is one form or the other" {
    exe() { printf '#!/usr/bin/env fle-exec\n{"type":".exe","version":2,"entry":"0x401000","pie":false,"sections":[%s],"segments":[{"name":"text","vaddr":"0x401000","memsz":"0x1","flags":"r-x","align":"0x1000","lines":["🔢: c3"]}],"symbols":[]}' "$1" > x.exe; }
    exe '{"name":".debug_str","type":"PROGBITS","flags":"MS","entsize":"0x1","size":"0x3","lines":["🔤: hi␀"]}'
    run fle-readfle -p .debug_str x.exe
    assert_success
    assert_line '  [     0]  hi'
    exe '{"name":".debug_str","addr":"0x0","type":"PROGBITS","flags":"","size":"0x3","lines":["🔤: hi␀"]}'
    run fle-readfle -S x.exe
    assert_failure
    assert_output --partial 'section .debug_str: a non-allocated section has no "addr"'
    exe '{"name":".text","type":"PROGBITS","flags":"AX","size":"0x1","lines":["🔢: c3"]}'
    run fle-readfle -S x.exe
    assert_failure
    assert_output --partial "section .text: flags 'AX' with A: a section with \"lines\" is not allocated"
    exe '{"name":".debug_x","type":"NOBITS","flags":"","size":"0x1","lines":["🔢: 00"]}'
    run fle-readfle -S x.exe
    assert_failure
    assert_output --partial "section .debug_x: a non-allocated section is PROGBITS, not 'NOBITS'"
    exe '{"name":".debug_x","type":"PROGBITS","flags":"","size":"0x2","lines":["🔢: 00"]}'
    run fle-readfle -S x.exe
    assert_failure
    assert_output --partial "section .debug_x: size 0x2 does not match contents 0x1"
    exe '{"name":".debug_x","type":"PROGBITS","flags":"","size":"0x1","lines":["📤: x none 0x0","🔢: 00"]}'
    run fle-readfle -S x.exe
    assert_failure
    assert_output --partial "section .debug_x holds bytes only: 🔢, 🔤 and (in a PIE) R_X86_64_RELATIVE lines"
    # A PIE's debugging information holds its moving addresses as RELATIVE lines.
    rel='{"name":".debug_x","type":"PROGBITS","flags":"","size":"0x9","lines":["🔢: 01","❓: R_X86_64_RELATIVE(B + 0x401000)"]}'
    exe "$rel"
    run fle-readfle -S x.exe
    assert_failure
    assert_output --regexp 'x.exe:2:[0-9]+: a relocation in a non-allocated section of an executable that is not a PIE \("pie": false\)$'
    exe "$rel"
    sed -i 's/"pie":false/"pie":true/' x.exe
    run fle-readfle -r x.exe
    assert_success
    assert_line --regexp '^0000000000000001 +0000000000000008 R_X86_64_RELATIVE +401000$'
    run fle-readfle -x .debug_x x.exe
    assert_line '  0x00000000 01000000 00000000 00                .........'
    assert_line --partial 'NOTE: This section has relocations against it'
    exe '{"name":".debug_x","type":"PROGBITS","flags":"","size":"0x4","lines":["❓: R_X86_64_32(B + 0x1)"]}'
    sed -i 's/"pie":false/"pie":true/' x.exe
    run fle-readfle -S x.exe
    assert_failure
    assert_output --partial "section .debug_x: only R_X86_64_RELATIVE may stand in a non-allocated section"
    exe '{"name":".debug_x","type":"PROGBITS","flags":"","size":"0x4","lines":["❓: R_X86_64_RELATIVE(B + 0x1)"]}'
    sed -i 's/"pie":false/"pie":true/' x.exe
    run fle-readfle -S x.exe
    assert_failure
    assert_output --partial "relocation overruns section .debug_x (size 0x4)"
    exe '{"name":".debug_x","flags":"","size":"0x1","lines":["🔢: 00"]}'
    run fle-readfle -S x.exe
    assert_failure
    assert_output --partial 'missing "type"'
}
