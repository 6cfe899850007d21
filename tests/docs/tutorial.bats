#!/usr/bin/env bats
# docs/tutorial.md: every command the tutorial shows, run in a fresh
# directory, prints exactly what the tutorial says it prints.
load ../common
setup() { common_setup; }

@test "docs/tutorial.md: every transcript matches a real run" {
    run "$ROOT/tests/docs/check-transcripts" "$ROOT/docs/tutorial.md"
    assert_success
}
