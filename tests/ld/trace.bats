#!/usr/bin/env bats
# --trace and -Map on a small fixed program, compared with checked-in
# transcripts.  The inputs (tests/ld/trace/*.fle) are hand-written FLE, so
# the transcripts do not change with the gcc version.  The program shows:
# a weak definition overridden by a global, COMMON symbols merged, an
# archive member pulled while another stays out, an undefined weak symbol
# reached through a GOT slot, a GOT load relaxed to lea, and PC-relative
# and absolute relocations.  To refresh after an intended change:
#   (cd a scratch dir; link as below) > tests/ld/trace/expected-trace.txt

load ../common

setup() {
    common_setup
    T="$ROOT/tests/ld/trace"
    cp "$T/main.fle" "$T/level.fle" .
    fle-ar rcs libgreet.a "$T/greet.fle" "$T/unused.fle"
}

@test "--trace narrates the link exactly as the transcript says" {
    fle-ld --trace -o prog main.fle level.fle libgreet.a > trace.txt
    diff -u "$T/expected-trace.txt" trace.txt
}

@test "the traced program runs: exit status from the overriding level()" {
    fle-ld -o prog main.fle level.fle libgreet.a
    run ./prog
    assert_equal "$status" 7
}

@test "-Map writes a GNU-ld-style link map" {
    fle-ld -Map prog.map -o prog main.fle level.fle libgreet.a
    diff -u "$T/expected-map.txt" prog.map
}

@test "--trace of a failed link still ends in the error, with no output" {
    run fle-ld --trace -o prog main.fle
    assert_failure
    assert_line "main.fle: object, 2 sections, 8 symbols"
    assert_line "fle-ld: error: undefined symbol: greet"
    [ ! -e prog ]
}
