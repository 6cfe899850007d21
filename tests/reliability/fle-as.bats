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

# malformed MESSAGE FIELD=VALUE...: mkelf x.o FIELD=VALUE..., then fle-as x.o
# fails with "fle-as: error: x.o" MESSAGE and writes no x.fle.
malformed() {
    local msg="$1"; shift
    "$MKELF" x.o "$@"
    refuses 1 "fle-as: error: x.o$msg" x.fle -- fle-as x.o -o x.fle
}

@test "fle-as: an ELF file cut after its header is refused" {
    malformed ": section header table (9 entries at 0x140) lies outside the file (0xc8 bytes): truncated?" truncate=200
}

@test "fle-as: an ELF file cut inside its header is refused" {
    malformed ": not an ELF file" truncate=40
}

@test "fle-as: garbage after the ELF magic is refused" {
    printf '\177ELF\002\001\001garbage garbage garbage garbage garbage garbage garbage garbage' > x.o
    refuses 1 "fle-as: error: x.o: not an x86-64 ELF64 object" x.fle -- fle-as x.o -o x.fle
}

@test "fle-as: a section header table past the end of the file is refused" {
    malformed ": section header table (9 entries at 0xffffff) lies outside the file (0x380 bytes): truncated?" eh.e_shoff=0xffffff
}

@test "fle-as: a huge section count is refused, not allocated" {
    malformed ": section header table (65535 entries at 0x140) lies outside the file (0x380 bytes): truncated?" eh.e_shnum=0xffff
}

@test "fle-as: a section name table index out of range is refused" {
    malformed ": section name table index 100 is out of range (9 sections)" eh.e_shstrndx=100
}

@test "fle-as: a section name offset past the string table is refused" {
    malformed ": section 1: bad name offset 0x9999" 'sh[.text].sh_name=0x9999'
}

@test "fle-as: section bytes past the end of the file are refused" {
    malformed ": section .text: cannot read its bytes" 'sh[.text].sh_offset=0xfffffffffff'
    malformed ": section .text: cannot read its bytes" 'sh[.text].sh_size=0x100000'
}

@test "fle-as: a symbol in a section index out of range is refused" {
    malformed ": symbol 2: section index 0x999 is out of range (9 sections)" 'sym[2].st_shndx=0x999'
    malformed ": symbol 2: extended section index without a SYMTAB_SHNDX section" 'sym[2].st_shndx=0xffff'
}

@test "fle-as: a symbol name offset past the string table is refused" {
    malformed ": symbol 2: bad name" 'sym[2].st_name=0x9999'
    malformed ": symbol 2: bad name" 'sh[.symtab].sh_link=99'
}

@test "fle-as: a symbol table with the wrong entry size is refused" {
    malformed ": bad symbol table" 'sh[.symtab].sh_entsize=1'
    malformed ": bad symbol table" 'sh[.symtab].sh_entsize=0'
}

@test "fle-as: a symbol past the end of its section is refused" {
    malformed ": symbol main lies outside its section" 'sym[2].st_value=0x11'
}

@test "fle-as: a relocation naming a symbol index out of range is refused" {
    malformed ":(.text+0x1): relocation against a symbol FLE does not carry" 'rela[.text][0].r_sym=77'
}

@test "fle-as: a relocation past the end of its section is refused" {
    malformed ":(.text+0x10): relocation overruns its section" 'rela[.text][0].r_offset=0x10'
    malformed ":(.text+0xfffffffffffffffe): relocation overruns its section" 'rela[.text][0].r_offset=0xfffffffffffffffe'
}

@test "fle-as: a relocation section for a section index out of range is refused" {
    malformed ": relocation section 4 applies to section index 99, which is out of range" 'sh[.rela.text].sh_info=99'
}

@test "fle-as: a relocation section with entry size 0 is refused, not skipped" {
    # Its relocations used to be dropped without a word: wrong code.
    malformed ": .text: bad relocation section (entry size 0x0, symbol table 6)" 'sh[.rela.text].sh_entsize=0'
    malformed ": .text: bad relocation section (entry size 0x18, symbol table 99)" 'sh[.rela.text].sh_link=99'
}

@test "fle-as: a relocation table larger than the file is refused" {
    malformed ": .text: bad relocation entry 0" 'sh[.rela.text].sh_size=0x7fffffff0'
}

@test "fle-as: an unknown relocation type is refused" {
    malformed ":(.text+0x1): unsupported relocation type R_X86_64_153" 'rela[.text][0].r_type=0x99'
}

@test "fle-as: a huge NOBITS section costs no memory" {
    "$MKELF" big.o 'sh[.bss].sh_size=0xffffffffffffff'
    bounded fle-as big.o -o big.fle
    assert_success
    [ "$(jq -r '.sections[2].size' big.fle)" = 0xffffffffffffff ]
}

@test "fle-as: relocations patching the same bytes are refused" {
    malformed ":(.text+0x3): relocation overlaps the one at 0x1" 'rela[.text][1].r_offset=3'
}

@test "fle-as: a symbol name that is not UTF-8 is refused, not blanked" {
    # fle_format_name quoted it through jansson, which refused it, and
    # wrote "" instead: the symbol silently lost its name.
    "$MKELF" x.o
    python3 -c 'import sys; d = open("x.o", "rb").read(); open("x.o", "wb").write(d.replace(b"main\0", b"\x94ain\0"))'
    refuses 1 "fle-as: error: a name is not valid UTF-8 text: '📤: \"\\x94ain\" func 0x6'" x.fle \
        -- fle-as x.o -o x.fle
}

@test "fle-as: what the FLE reader refuses is refused before writing" {
    # A local undefined symbol and a COMMON alignment that is not a power
    # of two were written, and then no tool could read the object.
    malformed ": symbol foo: a local symbol cannot be undefined" 'sym[3].st_info=0x00'
    malformed ": symbol foo: COMMON alignment 0x3 is not a power of two" 'sym[3].st_shndx=0xfff2' 'sym[3].st_value=3'
}

@test "fle-as: a relocation against a FILE symbol is refused" {
    malformed ":(.text+0x1): relocation against a FILE symbol" 'sym[1].st_info=4' 'rela[.text][0].r_sym=1'
}

@test "fle-as: a GOT or TLS relocation against a section symbol is refused" {
    malformed ":(.text+0x1): R_X86_64_GOTPCREL against a section: FLE names GOT and TLS targets by symbol" \
        'rela[.text][0].r_sym=1' 'rela[.text][0].r_type=9'
}
