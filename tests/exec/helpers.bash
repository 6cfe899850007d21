# Shared by tests/exec/*.bats: the test programs (tests/exec/progs) are
# built once per file into $P — NAME.elf linked by GNU ld, NAME the same
# program as an FLE executable (elf2fle-exe) — and, when fle-ld and
# fle-cc are built, $P/ld/NAME linked by the FLE toolchain itself.

FE="$ROOT/build/bin/fle-exec"

build_progs() {
    P="$BATS_FILE_TMPDIR/progs"
    export P
    "$ROOT/tests/exec/mkprogs" "$P" >&2
}

# fle-exec's own error line for FILE, for the corpus tests.
expect_error() {
    local line="$1"
    assert_failure 1
    assert_line --index 0 "$line"
}
