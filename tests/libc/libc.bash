# Helpers for the minilibc tests.  The differential tests build one
# program twice - against musl (the reference) and against minilibc - run
# both the same way, and compare stdout and exit status byte for byte.
#
# To run the corpus through another toolchain (fle-cc), set LIBC_BUILD to
# a function taking (source, output), like build_with_minilibc below.

LIBC_DIR="$ROOT/tests/libc"
LIBC_PROGS="$LIBC_DIR/progs"

# build_with_minilibc SOURCE OUTPUT: link against the native minilibc.
build_with_minilibc() {
    "$LIBC_DIR/mlcc" -w "$1" -o "$2"
}

# build_with_musl SOURCE OUTPUT: the reference build.
build_with_musl() {
    musl-gcc -static -O2 -w "$1" -o "$2"
}

# run_captured PROG OUT: run PROG in a fresh directory with fixed
# arguments, stdin from progs/input.txt, stdout through a pipe (so stdio
# sees a pipe, not a terminal or file); append the exit status.  A
# command in LIBC_RUN_WRAPPER, if set, runs PROG.
run_captured() {
    local prog="$1" out="$2" dir
    dir="$(mktemp -d "$BATS_TEST_TMPDIR/run.XXXXXX")"
    ( cd "$dir" && env -i PATH="$ROOT/build/bin:/usr/bin:/bin" HOME=/nonexistent LIBC_TEST=yes \
        ${LIBC_RUN_WRAPPER:-} "$prog" first "second arg" < "$LIBC_PROGS/input.txt" 2>/dev/null | cat > "$out"
      echo "exit status ${PIPESTATUS[0]}" >> "$out" )
}

# check_ld_bounds FN=ULPS...: each long double function within its bound
# of mpmath (math_ld_mpmath.py) on at least 100 arguments: the worst
# errors claimed in the README, subnormal results included.  Needs
# ./eval, math_ld_eval.c built against minilibc.
check_ld_bounds() {
    local b fns=() bounds=()
    for b in "$@"; do
        fns+=("${b%%=*}")
        bounds+=(-b "$b")
    done
    run /usr/bin/python3 "$LIBC_DIR/math_ld_mpmath.py" ./eval \
        -f "$(IFS=,; echo "${fns[*]}")" "${bounds[@]}" -n 300
    echo "$output"
    assert_success
    for f in "${fns[@]}"; do
        assert_line --regexp "^$f +[0-9]{3,} args  worst 0\.[0-9]{3} ulp"
    done
}

# libc_differential NAME: progs/NAME.c must behave identically.
libc_differential() {
    local name="$1" src="$LIBC_PROGS/$1.c"
    build_with_musl "$src" "$BATS_TEST_TMPDIR/$name.musl"
    "${LIBC_BUILD:-build_with_minilibc}" "$src" "$BATS_TEST_TMPDIR/$name.mini"
    run_captured "$BATS_TEST_TMPDIR/$name.musl" "$BATS_TEST_TMPDIR/$name.musl.out"
    run_captured "$BATS_TEST_TMPDIR/$name.mini" "$BATS_TEST_TMPDIR/$name.mini.out"
    # A test that printed nothing proves nothing.
    [ "$(wc -l < "$BATS_TEST_TMPDIR/$name.musl.out")" -gt 1 ]
    diff -u "$BATS_TEST_TMPDIR/$name.musl.out" "$BATS_TEST_TMPDIR/$name.mini.out" | head -40
    cmp -s "$BATS_TEST_TMPDIR/$name.musl.out" "$BATS_TEST_TMPDIR/$name.mini.out"
}
