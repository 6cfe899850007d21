#!/usr/bin/env bats
# fle-objdump -d: capstone disassembly laid out like objdump -dr.  Over
# the corpus, labels, instruction addresses and bytes and relocation
# lines must be objdump's; the instruction text is capstone's spelling.
load ../common

setup_file() {
    export CORPUS="$("$ROOT/tests/corpus/build-matrix" 2>/dev/null)"
}
setup() { common_setup; }

@test "labels, instruction boundaries and bytes, relocation lines equal objdump -dr's (whole corpus)" {
    run python3 "$ROOT/tests/tools/compare.py" objdump "$CORPUS"
    assert_success
    assert_output --regexp '^2[0-9]{2} files, [0-9]+ labels/instructions/relocations compared, 0 files differ$'
}

@test "relocation lines are objdump's text exactly" {
    o="$CORPUS/globals-O2-fno-pic"
    diff -u <(objdump -dr "$o.o" | grep -P '^\t\t\t') <(fle-objdump -d "$o.fle" | grep -P '^\t\t\t')
    run fle-objdump -d "$o.fle"
    assert_line -p $'\t\t\t2: R_X86_64_PC32\t.bss+0x2080'
    assert_line -p $'\t\t\t8: R_X86_64_PC32\tcounter-0x4'
}

@test "an object: layout of address, bytes, continuation lines, %rip comments" {
    cp "$CORPUS/globals-O2-fno-pic.fle" g.fle
    run fle-objdump -d g.fle
    assert_success
    assert_line --index 0 'g.fle:     file format fle-x86-64'
    assert_line 'Disassembly of section .text:'
    assert_line '0000000000000000 <next>:'
    # The same text objdump -dr prints for these instructions.
    assert_line $'   0:\t8b 15 00 00 00 00    \tmov    0x0(%rip),%edx        # 6 <next+0x6>'
    assert_line $'  25:\t03 04 8d 00 00 00 00 \tadd    0x0(,%rcx,4),%eax'
    assert_line $'  36:\t66 2e 0f 1f 84 00 00 \tnopw   %cs:(%rax,%rax,1)'
    assert_line $'  3d:\t00 00 00 '
}

@test "an executable: sections from its table, branch targets named" {
    cp "$ROOT/tests/tools/data/hello.exe" .
    run fle-objdump -d hello.exe
    assert_success
    diff -u "$ROOT/tests/tools/data/hello.exe.objdump" <(echo "$output")
}

@test "a PIE linked by fle-ld: disassembles, symbols resolve across segments" {
    [ -x "$ROOT/build/bin/fle-ld" ] || skip "fle-ld not built"
    printf 'int x; int *p = &x;\nint get(void) { return *p; }\nvoid _start(void) { get(); for (;;); }\n' > p.c
    gcc -c -O1 -fPIE -fno-asynchronous-unwind-tables p.c -o p.o
    fle-as p.o -o p.fle
    fle-ld -pie p.fle -o p.exe
    run fle-objdump -d p.exe
    assert_success
    assert_line --regexp '^0000000000001000 <(get|_start)>:$'
    assert_line --regexp '\(%rip\),%rax        # [0-9a-f]+ <p>$'
}

@test "an archive: 'In archive', then each member" {
    cp "$CORPUS/statics-O2-fPIC.fle" "$CORPUS/weak-O0-fno-pic.fle" .
    fle-ar rc lib.a statics-O2-fPIC.fle weak-O0-fno-pic.fle
    run fle-objdump -d lib.a
    assert_success
    assert_line --index 0 'In archive lib.a:'
    assert_line 'statics-O2-fPIC.fle:     file format fle-x86-64'
    assert_line 'weak-O0-fno-pic.fle:     file format fle-x86-64'
}

@test "errors: no -d is a usage error; a missing file is reported" {
    run fle-objdump x.fle
    assert_failure 1
    assert_line --index 0 'usage: fle-objdump <option(s)> FILE...'
    run fle-objdump -d nosuch.fle
    assert_failure 1
    assert_output 'fle-objdump: error: cannot open nosuch.fle: No such file or directory'
}

@test "-r: objdump -r's relocation tables exactly (corpus objects without -g)" {
    # With -g, objdump -r also lists .rela.debug_*: FLE drops debug sections.
    (cd "$CORPUS" && objdump -r $(ls *.o | grep -v -- '-g\.o$')) > elf
    (cd "$CORPUS" && fle-objdump -r $(ls *.fle | grep -v -- '-g\.fle$')) |
        sed -E 's/^(.*)\.fle:     file format fle-x86-64$/\1.o:     file format elf64-x86-64/' > fle
    [ "$(grep -c R_X86_64 elf)" -gt 1000 ]
    diff -u elf fle
}

@test "labels: objdump's choice among symbols at one address" {
    cat > z.s <<'ASM'
        .text
        .globl a0, b1, g0, f1
        .type a0,@function
        .type b1,@function
a0:
b1:     ret
        .size b1, 1
        .type g0,@function
        .type l1,@function
g0:
l1:     ret
        .size l1, 1
        .type n0,@object
        .type f1,@function
n0:
f1:     ret
        .size n0, 1
ASM
    as z.s -o z.o
    fle-as z.o -o z.fle
    diff -u <(objdump -d z.o | grep '>:$') <(fle-objdump -d z.fle | grep '>:$')
}

@test "-h, -t and -s equal objdump -h -t -s (whole corpus)" {
    # compare.py: -h rows (name, size, VMA, LMA, Algn, flag words) of every
    # section FLE carries, -t lines as sets (SECTION symbols left out, as
    # FLE has one for every section), each "Contents of section" block.
    run python3 "$ROOT/tests/tools/compare.py" objdump-hts "$CORPUS"
    assert_success
    assert_output --regexp '^2[0-9]{2} files, [0-9]+ sections, [0-9]+ symbols compared, 0 files differ$'
}

@test "-M intel: objdump -M intel's labels, bytes and relocations; its text but for capstone's spellings" {
    # The only differences allowed are listed in compare.py (intel_known):
    # redundant prefixes objdump names, the 2-byte nop, x87 registers.
    run python3 "$ROOT/tests/tools/compare.py" objdump-intel "$CORPUS"
    assert_success
    assert_output --regexp '^2[0-9]{2} files, [0-9]+ labels/instructions/relocations compared, 0 files differ; instruction text the same: [0-9]+ of [0-9]+, 0 other differences$'
    o="$CORPUS/globals-O2-fno-pic"
    run fle-objdump -d -M intel "$o.fle"
    assert_line $'   0:\t8b 15 00 00 00 00    \tmov    edx,DWORD PTR [rip+0x0]        # 6 <next+0x6>'
    objdump -d -M intel "$o.o" | grep -qF $'   0:\t8b 15 00 00 00 00    \tmov    edx,DWORD PTR [rip+0x0]        # 6 <next+0x6>'
    run fle-objdump -d -M att "$o.fle"
    assert_line $'   0:\t8b 15 00 00 00 00    \tmov    0x0(%rip),%edx        # 6 <next+0x6>'
}

@test "-h: exact rows of an object; File off is where the section's first line starts" {
    o="$CORPUS/statics-O2-fPIC"
    cp "$o.fle" s.fle
    run fle-objdump -h s.fle
    assert_success
    assert_line --index 1 'Sections:'
    assert_line --index 2 'Idx Name          Size      VMA               LMA               File off  Algn'
    # objdump's rows with Idx and File off masked.
    mask='s/^ *[0-9]+ (\S+ +[0-9a-f]{8}  [0-9a-f]{16}  [0-9a-f]{16})  [0-9a-f]{8}/NN \1  OFFSET/'
    diff -u <(objdump -h "$o.o" | grep -A1 -E '^ +[0-9]+ \.(text|data|bss|eh_frame) ' | grep -v '^--' | sed -E "$mask") \
            <(fle-objdump -h s.fle | tail -n +6 | sed -E "$mask")
    # File off is fle-readfle's Off.
    diff <(fle-objdump -h s.fle | sed -nE 's/^ +[0-9]+ (\S+) .* ([0-9a-f]{8})  2\*\*[0-9]+$/\1 \2/p') \
         <(fle-readfle -S s.fle | sed -nE 's/^  \[ *[0-9]+\] (\S+) +\S+ +[0-9a-f]{16} ([0-9a-f]{6}) .*/\1 00\2/p')
}

@test "-t and -s on an executable: symbols by section, contents at their addresses" {
    printf '#include <stdio.h>\nint counter = 3;\nint main(void) { printf("hello, %%s\\n", "world"); return counter; }\n' > hello.c
    fle-cc hello.c -o hello
    run fle-objdump -t hello
    assert_success
    assert_line --regexp '^0000000000401[0-9a-f]{3} g     F \.text	[0-9a-f]{16} main$'
    assert_line --regexp '^[0-9a-f]{16} g     O \.data	0000000000000004 counter$'
    run fle-objdump -s hello
    assert_success
    addr=$(fle-readfle -S hello | sed -nE 's/^  \[ *[0-9]+\] \.rodata +PROGBITS +0*([0-9a-f]+) .*/\1/p')
    assert_line --index 1 'Contents of section .text:'
    assert_line "Contents of section .rodata:"
    assert_line --regexp "^ $addr [0-9a-f]{8} "
    # The same bytes as fle-readfle -x shows.
    diff <(fle-objdump -s hello | sed -n '/^Contents of section .rodata:/,/^Contents/p' | grep '^ ' |
           cut -c9-43 | tr -d ' \n') \
         <(fle-readfle -x .rodata hello | grep '^  0x' | cut -c14-48 | tr -d ' \n')
    refute_output --partial 'Contents of section .bss:'
}

@test "help is --help only; -h is the section headers; a bad -M is refused" {
    run fle-objdump --help
    assert_success
    assert_line --index 0 'usage: fle-objdump <option(s)> FILE...'
    assert_line --partial '-h, --section-headers'
    run fle-objdump -h
    assert_failure 1
    assert_line --index 0 'usage: fle-objdump <option(s)> FILE...'
    run fle-objdump -d -M amd64 "$CORPUS/statics-O2-fPIC.fle"
    assert_failure 1
    assert_output 'fle-objdump: error: unrecognised disassembler option: amd64 (want intel or att)'
}

@test "-j limits -h, -s and -d to the sections named, as objdump -j does" {
    o="$CORPUS/globals-O2-fno-pic"
    for opts in "-s -j .data" "-s -j .bss -j .data" "-h -j .text"; do
        diff <(objdump $opts "$o.o" | tail -n +3 | sed -E 's/^( +[0-9]+ \S+ +[0-9a-f]{8}  [0-9a-f]{16}  [0-9a-f]{16})  [0-9a-f]{8}/\1  OFFSET  /') \
             <(fle-objdump $opts "$o.fle" | tail -n +3 | sed -E 's/^( +[0-9]+ \S+ +[0-9a-f]{8}  [0-9a-f]{16}  [0-9a-f]{16})  [0-9a-f]{8}/\1  OFFSET  /')
    done
    run fle-objdump -d -j .data "$o.fle"
    refute_output --partial 'Disassembly of section'
    run fle-objdump -d -j .text "$o.fle"
    assert_line 'Disassembly of section .text:'
}
