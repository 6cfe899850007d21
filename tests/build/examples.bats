#!/usr/bin/env bats
# make examples builds every example of the gallery with the FLE tools.
load ../common
setup() { common_setup; }

@test "make examples builds every example, and they run" {
    run make -s -C "$ROOT" examples
    assert_success
    for d in "$ROOT"/examples/*/; do
        n=$(basename "$d")
        [ -n "$(ls "$ROOT/build/examples/$n" 2>/dev/null)" ] || fail "example $n was not built"
    done
    run "$ROOT/build/examples/hello/hello" a b
    assert_success
    assert_output "hello from FLE a b (3 args)"
    run "$ROOT/build/examples/exit42/exit42"
    assert_equal "$status" 42
}
