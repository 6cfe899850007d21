#!/usr/bin/env bats
# Every tool answers a file that is not FLE at all the same way, in
# libfle's words (fle_sniff): "FILE: not an FLE file (it looks like ...)",
# never a JSON syntax error about the file's first byte.
load ../common

setup_file() {
    cd "$BATS_FILE_TMPDIR"
    printf '#include <stdio.h>\nint main(void) { puts("hi"); }\n' > prog.c
    gcc -c prog.c -o prog.o
    gcc prog.o -o prog.elf -no-pie
    ar rc lib.a prog.o
    printf '#!/bin/sh\necho hello\n' > run.sh
    printf '#!/usr/bin/python3\nprint(1)\n' > run.py
    : > empty
    printf '\t.text\n\t.globl f\nf:\tret\n' > f.s
}
setup() { common_setup; cp "$BATS_FILE_TMPDIR"/* .; }

# Runs every tool on file $1 and checks each says "$1: not an FLE file ($2)".
all_tools_say() {
    local file="$1" what="$2" cmd
    for cmd in "fle-nm" "fle-ar t" "fle-readfle -a" "fle-objdump -d" "fle-exec" \
               "fle-ld -o out.exe"; do
        run $cmd "$file"
        assert_failure 1
        assert_output "${cmd%% *}: error: $file: not an FLE file ($what)"
    done
    [ ! -e out.exe ]
}

@test "a C file" {
    all_tools_say prog.c "it looks like C source"
}

@test "an ELF object, with the tool that converts it" {
    all_tools_say prog.o "it looks like an ELF object; fle-as converts it"
    # What the tools call it is what it is.
    file prog.o | grep -q 'ELF 64-bit LSB relocatable'
}

@test "an ELF executable" {
    all_tools_say prog.elf "it looks like an ELF executable"
    readelf -h prog.elf | grep -q 'EXEC (Executable file)'
}

@test "an ar archive of ELF objects" {
    # The tools that read archives read a GNU ar archive too (of FLE
    # objects), and name the member that is not FLE; fle-exec runs no
    # archive at all.
    local cmd
    for cmd in "fle-nm" "fle-ar t" "fle-readfle -a" "fle-objdump -d" "fle-ld -o out.exe"; do
        run $cmd lib.a
        assert_failure 1
        assert_output "${cmd%% *}: error: lib.a(prog.o): not an FLE object (it looks like an ELF object; fle-as converts it)"
    done
    [ ! -e out.exe ]
    run fle-exec lib.a
    assert_failure 1
    assert_output "fle-exec: error: lib.a: not an FLE file (it looks like an ar archive)"
}

@test "a thin ar archive" {
    ar rcT thin.a prog.o
    all_tools_say thin.a "it looks like a thin ar archive, which FLE tools do not read"
}

@test "a shell script, and a script for another interpreter" {
    all_tools_say run.sh "it looks like a shell script"
    all_tools_say run.py "it looks like a script: no JSON follows its #! line"
}

@test "an empty file, and one of white space only" {
    all_tools_say empty "it is empty"
    printf ' \n\t\n' > blank
    all_tools_say blank "it holds only white space"
}

@test "assembly source" {
    all_tools_say f.s "it looks like assembly source"
}

@test "FLE text with a JSON error still gets the JSON error with its place" {
    printf '{"type": ".obj",,}\n' > bad.fle
    run fle-nm bad.fle
    assert_failure 1
    assert_output --regexp "^fle-nm: error: bad.fle:1:17: invalid JSON"
}
