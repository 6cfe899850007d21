#!/usr/bin/env bats
# fle-readfle -x / -p: readelf's hex and string dumps of one section, by
# name or by number, compared with readelf on the ELF object each FLE
# object came from (whole corpus, every non-code section).
load ../common

setup_file() {
    export CORPUS="$("$ROOT/tests/corpus/build-matrix" 2>/dev/null)"
}
setup() { common_setup; }

@test "-x and -p equal readelf -x / -p for every data section of the corpus" {
    # Code, .eh_frame and DWARF other than its strings are left out of
    # -p: they are not text, and readelf prints their bytes 0x7f and up
    # its own way (DEL as '^' and byte 0xbf, some UTF-8 sequences cut);
    # fle-readfle prints "^?" and UTF-8 as it is.  -x covers them.
    n=0
    for f in "$CORPUS"/*.fle; do
        o="${f%.fle}.o"
        while read -r name flags; do
            readelf -x "$name" "$o" > elf
            fle-readfle -x "$name" "$f" > fle
            diff -u elf fle
            # DWARF is binary too, but for its string sections (flag S).
            if [[ $flags != *X* && $name != .eh_frame && ( $name != .debug_* || $flags == *S* ) ]]; then
                readelf -p "$name" "$o" > elf
                fle-readfle -p "$name" "$f" > fle
                diff -u elf fle
            fi
            n=$((n + 1))
        done < <(fle-readfle -S "$f" | sed -nE 's/^  \[ *[0-9]+\] (\S+) .{63}(.{3}).*/\1 \2/p')
    done
    # Every corpus file has sections; the loop must have run over them.
    [ "$n" -gt 500 ]
}

@test "-p shows a string section as text" {
    printf 'const char *greet(void) { return "hello, %%s\\n"; }\nconst char *w = "world";\n' > s.c
    gcc -c -O2 s.c -o s.o
    fle-as s.o -o s.fle
    run fle-readfle -p .rodata.str1.1 s.fle
    assert_success
    diff -u <(readelf -p .rodata.str1.1 s.o) <(fle-readfle -p .rodata.str1.1 s.fle)
    assert_line '  [     0]  hello, %s\n'
    assert_line '  [     b]  world'
}

@test "a section number is the [Nr] that -S shows" {
    cp "$CORPUS/strings-O2-fno-pic.fle" s.fle
    nr=$(fle-readfle -S s.fle | sed -nE 's/^  \[ *([0-9]+)\] \.rodata.*/\1/p' | head -1)
    name=$(fle-readfle -S s.fle | sed -nE "s/^  \[ *$nr\] (\S+) .*/\1/p")
    [ -n "$nr" ]
    diff -u <(fle-readfle -x "$name" s.fle) <(fle-readfle -x "$nr" s.fle)
    diff -u <(fle-readfle -p "$name" s.fle) <(fle-readfle -p "$nr" s.fle)
}

@test "an executable: its sections' bytes at their addresses; .bss has none" {
    printf '#include <stdio.h>\nint main(void) { printf("hello, %%s\\n", "world"); return 0; }\n' > hello.c
    fle-cc hello.c -o hello
    run fle-readfle -p .rodata hello
    assert_success
    assert_line --partial ']  hello, %s\n'
    assert_line --partial ']  world'
    addr=$(fle-readfle -S hello | sed -nE 's/^  \[ *[0-9]+\] \.rodata +PROGBITS +0*([0-9a-f]+) .*/\1/p')
    run fle-readfle -x .rodata hello
    assert_line --index 1 --regexp "^  0x0*$addr [0-9a-f]{8} "
    run fle-readfle -x .bss hello
    assert_success
    assert_output "Section '.bss' has no data to dump."
}

@test "a section that does not exist: readelf's words, as an error" {
    cp "$CORPUS/strings-O2-fno-pic.fle" s.fle
    run fle-readfle -x .nosuch -p 99 s.fle
    assert_failure 1
    assert_output - <<'OUT'
fle-readfle: error: s.fle: section '.nosuch' was not dumped because it does not exist
fle-readfle: error: s.fle: section '99' was not dumped because it does not exist
OUT
    readelf -x .nosuch "$CORPUS/strings-O2-fno-pic.o" 2>&1 |
        grep -q "Section '.nosuch' was not dumped because it does not exist"
}
