#!/usr/bin/env bats
# Every input a fuzz target (fuzz/) crashed on, checked in under crashes/,
# with the clean error the tool now gives.  Named TARGET-WHAT.
load helpers
setup() { common_setup; }

@test "crash: fle-as on overlapping relocations (heap overflow in the writer)" {
    # fuzz_elf2fle: two R_X86_64_64 at .data.rel+0x0; fle_dump's line walk
    # went backwards and read far past the section's bytes (SIGSEGV).
    cp "$CRASHES/elf2fle-overlapping-relocs.elf" x.o
    refuses 1 "fle-as: error: x.o:(.data.rel+0x0): relocation overlaps the one at 0x0" x.fle \
        -- fle-as x.o -o x.fle
}

@test "crash: a section named \"\" beside relocations against another (not a fixed point)" {
    # fuzz_elf2fle: a section with an empty name, then relocations
    # against .rodata.str1.1.  The reader reuses a name's lookup for the
    # relocation after it; the empty name and the next one started at the
    # same place in its name buffer, so all four became section("").
    cp "$CRASHES/elf2fle-empty-section-name.elf" x.o
    fle-as x.o -o x.fle
    [ "$(grep -c 'R_X86_64_64(section(.rodata.str1.1)' x.fle)" -eq 4 ]
    "$ROOT/build/tests/fle-roundtrip" --print x.fle > y.fle
    cmp x.fle y.fle
}

@test "crash: fle-as on a section name that is not UTF-8 (wrote invalid JSON)" {
    # fuzz_elf2fle: section ".\x94nit_array"; the writer copied the byte
    # into the JSON text, and every reader then refused the object.
    cp "$CRASHES/elf2fle-invalid-utf8-name.elf" x.o
    refuses 1 "fle-as: error: a name is not valid UTF-8 text: '.\\x94nit_array'" x.fle \
        -- fle-as x.o -o x.fle
}

@test "crash: fle-as on a local undefined symbol (wrote FLE the reader refuses)" {
    # fuzz_elf2fle: symbol "last" LOCAL in SHN_UNDEF; fle-as wrote it as
    # "🏷️: last ... undef", which every reader refuses.
    cp "$CRASHES/elf2fle-local-undefined.elf" x.o
    refuses 1 "fle-as: error: x.o: symbol last: a local symbol cannot be undefined" x.fle \
        -- fle-as x.o -o x.fle
}

@test "crash: fle-as on a relocation against a FILE symbol (text not a fixed point)" {
    # fuzz_elf2fle: .eh_frame relocated against a nameless FILE symbol; the
    # reader resolved the name to a new undefined symbol instead.
    cp "$CRASHES/elf2fle-reloc-against-file-symbol.elf" x.o
    refuses 1 "fle-as: error: x.o:(.eh_frame+0x20): relocation against a FILE symbol" x.fle \
        -- fle-as x.o -o x.fle
}

@test "crash: fle-as on a GOT relocation against a section (wrote FLE the reader refuses)" {
    # fuzz_elf2fle: R_X86_64_REX_GOTPCRELX against .rodata's section
    # symbol was written "section(.rodata)" without its got() wrapper.
    cp "$CRASHES/elf2fle-got-reloc-against-section.elf" x.o
    refuses 1 "fle-as: error: x.o:(.text+0x7b): R_X86_64_REX_GOTPCRELX against a section: FLE names GOT and TLS targets by symbol" x.fle \
        -- fle-as x.o -o x.fle
}

@test "crash: reading back an addend of -0x8000000000000000 (signed overflow)" {
    # fuzz_elf2fle: an ELF addend of INT64_MIN, written "- 0x8000000000000000";
    # the reader negated it as int64_t (UBSan: negation cannot be represented).
    cp "$CRASHES/elf2fle-addend-int64-min.elf" x.o
    run fle-as x.o -o x.fle
    assert_success
    grep -q -- '- 0x8000000000000000' x.fle
    run fle-nm x.fle
    assert_success
}

@test "crash: fle-ld on an object with no sections (qsort of nothing)" {
    # fuzz_ld: every link with an empty output section called
    # qsort(NULL, 0, ...) (UBSan: null pointer passed as argument 1);
    # make test-asan checks it stays fixed.
    cp "$CRASHES/ld-empty-object.fle" empty.fle
    fle_obj ok.fle
    run fle-ld empty.fle ok.fle -o a.out
    assert_success
    run fle-exec a.out
    [ "$status" -eq 42 ]
}

@test "crash: fle-readfle on a NUL byte inside a relocation's type name" {
    # fuzz_json: a raw NUL in a line string; the line was parsed where it
    # stands (no escape in it) and fle_reloc_by_name compared the type
    # name with strncmp, reading past the table's string.  Now the line
    # is refused by the grammar and then, read as JSON, for its NUL.
    cp "$CRASHES/json-nul-in-relocation-name.fle" x.fle
    run fle-readfle -h x.fle
    assert_failure 1
    assert_output "fle-readfle: error: x.fle:27:33: invalid JSON: a string holds only UTF-8 text without control characters, found byte 0x00"
}

@test "crash: fuzz_json on a NUL byte after a number (jansson skips it, FLE refuses)" {
    # fuzz_json: "version": 1 followed by a NUL byte.  jansson's look-ahead
    # takes NUL for "no byte buffered" and skips it, so it accepted the
    # file; RFC 8259 allows no NUL, and FLE's reader refuses it (the
    # reference in fuzz/ref_read.c now refuses any NUL too).
    cp "$CRASHES/json-nul-after-number.fle" x.fle
    run fle-nm x.fle
    assert_failure 1
    assert_output "fle-nm: error: x.fle:2:30: invalid JSON: ',' or '}' expected, found byte 0x00"
}


@test "crash: fuzz_json on a quote in a 🔤 line (the reference took it for a name)" {
    # fuzz/ref_read.c looked for a quoted name after the first quote of
    # every line; in a text line a quote is a byte.  Both readers accept.
    cp "$CRASHES/json-quote-in-text.fle" x.fle
    run "$ROOT/build/tests/fle-roundtrip" --print x.fle
    assert_success
    assert_line '        "🔤: a\"bc"'
}
