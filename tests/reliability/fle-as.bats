#!/usr/bin/env bats
# fle-as on broken ELF objects: truncated, garbage, out-of-range section,
# symbol and string indices, relocations past their section.  The
# objects are made at test time by mkelf (a valid object, then one field
# corrupted).  Every case: one exact error line, exit 1, no output file.
load helpers
setup() { common_setup; }

@test "fle-as: the unbroken mkelf object converts" {
    "$MKELF" ok.o
    run fle-as ok.o -o ok.fle
    assert_success
    grep -q 'R_X86_64_PLT32(foo - 0x4 - 📍)' ok.fle
}

@test "fle-as: an object with an empty allocatable section (no data buffer) converts" {
    # Crashed under UBSan: memcpy from libelf's NULL buffer of an empty
    # section.
    "$MKELF" empty.o 'sh[.data].sh_size=0' 'sh[.rela.data].sh_size=0'
    run fle-as empty.o -o empty.fle
    assert_success
    [ "$(jq -r '.sections[1].size' empty.fle)" = 0x0 ]
}

@test "fle-as: relocations against a NOBITS section are refused" {
    # Crashed (SIGSEGV): the relocated bytes were cleared in a section
    # that has none.
    "$MKELF" x.o 'sh[.rela.data].sh_info=@.bss'
    refuses 1 "fle-as: error: x.o: .bss: relocations in a section without bytes (NOBITS)" x.fle \
        -- fle-as x.o -o x.fle
}
