#!/usr/bin/env bats
# fle-readfle --json: the JSON of an FLE file without its #! line, so jq
# reads executables too (spec/FLE.md §1).
load ../common

setup() {
    common_setup
    printf 'int main(void) { return 42; }\n' > m.c
    fle-cc m.c -o m
}

@test "jq cannot read an executable itself, but reads fle-readfle --json's output" {
    run jq .entry m
    assert_failure
    run bash -c 'set -o pipefail; fle-readfle --json m | jq -r .entry'
    assert_success
    assert_output "0x$(fle-readfle -h m | sed -nE 's/^  Entry point address: +0x([0-9a-f]+)$/\1/p')"
}

@test "--json is the file less its #! line, byte for byte" {
    fle-readfle --json m > m.json
    diff <(tail -n +2 m) m.json
    jq -e '.type == ".exe" and (.segments | length) >= 2' m.json
}

@test "objects and archives have no #! line: --json prints them as they are" {
    fle-cc -c m.c -o m.fle
    fle-ar rc lib.a m.fle
    cmp <(fle-readfle --json m.fle) m.fle
    cmp <(fle-readfle --json lib.a) lib.a
    [ "$(fle-readfle --json lib.a | jq -r '.members[0].name')" = m.fle ]
}

@test "--json on something that is not FLE, or with other options: an error, no output" {
    run fle-readfle --json m.c
    assert_failure 1
    assert_output "fle-readfle: error: m.c: not an FLE file (it looks like C source)"
    run fle-readfle --json -h m
    assert_failure 1
    assert_output "fle-readfle: error: --json and --svg take one file and no other option"
}
