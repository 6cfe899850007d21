#!/usr/bin/env bats
# scripts/binfmt-fle: with the binfmt_misc rule, the kernel starts
# ./prog (first line "#!/usr/bin/env fle-exec") with fle-exec directly —
# no env, no PATH search — and the program gets exactly what it gets
# through env.  Tested with --private, which registers the rule in a
# namespace of the test's own (Linux >= 6.7); nothing here registers it
# system-wide.
load ../common
load helpers

setup_file() { build_progs; }

setup() {
    common_setup
    bats_require_minimum_version 1.5.0
    B="$ROOT/scripts/binfmt-fle"
    FLE_EXEC="$FE" "$B" --private true 2>/dev/null ||
        skip "no private binfmt_misc here (needs Linux >= 6.7 and user namespaces)"
    cp "$P/show" ./prog
}

@test "binfmt-fle --private: ./prog starts without env or fle-exec on PATH" {
    local path=/usr/bin:/bin
    ! PATH=$path command -v fle-exec >/dev/null || skip "fle-exec is installed in $path"
    # Without the rule, env cannot find fle-exec on this PATH...
    run -127 env -i PATH=$path ./prog
    assert_output --partial "fle-exec"
    # ...with it, the kernel starts fle-exec itself.
    run env -i PATH=$path FLE_EXEC="$FE" "$B" --private ./prog "one two" "" x
    assert_success
    assert_equal "$(grep -v '^env' <<<"$output")" \
        "$(printf 'argc 4\narg [./prog]\narg [one two]\narg []\narg [x]')"
    assert_line "env [PATH=$path]"
}

@test "binfmt-fle --private: the same arguments as through env" {
    run env -i PATH="$PATH" A="b c" ./prog "a b" ""
    assert_success
    local via_env="$output"
    run env -i PATH="$PATH" A="b c" FLE_EXEC="$FE" "$B" --private ./prog "a b" ""
    assert_success
    assert_equal "$(grep -v '^env' <<<"$output")" "$(grep -v '^env' <<<"$via_env")"
    assert_line "env [A=b c]"
}

@test "binfmt-fle --private: the rule is visible inside only" {
    run env FLE_EXEC="$FE" "$B" --private cat /proc/sys/fs/binfmt_misc/fle
    assert_success
    assert_line "interpreter $FE"
    assert_line "flags: F"
    assert_line "magic 23212f7573722f62696e2f656e7620666c652d657865630a"
    if [ ! -e /proc/sys/fs/binfmt_misc/fle ]; then
        run "$B" --status
        assert_output "binfmt-fle: not registered"
    fi
}

@test "binfmt-fle: usage errors" {
    run "$B" --private
    assert_failure 1
    assert_output "binfmt-fle: error: --private needs a command"
    run env FLE_EXEC=/nonexistent/fle-exec "$B" --private true
    assert_failure 1
    assert_output "binfmt-fle: error: /nonexistent/fle-exec is not executable"
}
