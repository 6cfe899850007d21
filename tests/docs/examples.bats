#!/usr/bin/env bats
# examples/README.md: every transcript in it runs and prints what it
# shows, and every example folder is listed, built and documented.
load ../common
setup() { common_setup; }

@test "examples/README.md: every transcript matches a real run" {
    run "$ROOT/tests/docs/check-transcripts" "$ROOT/examples/README.md"
    assert_success
}

@test "every example folder has a line in the README table, a transcript and a build rule" {
    cd "$ROOT/examples"
    for d in */; do
        d=${d%/}
        grep -q "^| \[$d\](" README.md || { echo "no table line for $d"; return 1; }
        grep -q "^\$ cd $d\$" README.md || { echo "no transcript for $d"; return 1; }
        grep -q "$d" build.mk || { echo "no build rule for $d"; return 1; }
    done
}
