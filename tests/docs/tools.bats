#!/usr/bin/env bats
# docs/tools.md: every command it shows, run in a fresh directory,
# prints exactly what the page says it prints.
load ../common
setup() { common_setup; }

@test "docs/tools.md: every transcript matches a real run" {
    run "$ROOT/tests/docs/check-transcripts" "$ROOT/docs/tools.md"
    assert_success
}
