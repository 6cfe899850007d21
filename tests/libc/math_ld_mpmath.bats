# Accuracy of the long double erfl, erfcl, tgammal and lgammal against
# mpmath: math_ld_eval.c (built against minilibc) evaluates them on the
# arguments math_ld_mpmath.py chooses (main ranges, and the hard places:
# erfc near its underflow, tgamma near its poles and overflow, lgamma near
# its zeros), and the script measures each result in long double ulps of
# the exact value.  math_ulp.bats cannot prove these bounds: its reference,
# the host's long double functions, is itself a few such ulps off.
# The script runs under Debian's python3, where scripts/install-deps.sh
# installs python3-mpmath (another python3 earlier on PATH may lack it).
load ../common
load libc

setup() {
    common_setup
    build_with_minilibc "$LIBC_DIR/math_ld_eval.c" eval
}

# The worst errors claimed in the README (subnormal results included).
BOUNDS=(-b erfl=0.51 -b erfcl=0.51 -b tgammal=0.51 -b lgammal=0.51)

@test "math: erfl, erfcl, tgammal, lgammal within 0.51 ulp of mpmath" {
    run /usr/bin/python3 "$LIBC_DIR/math_ld_mpmath.py" ./eval "${BOUNDS[@]}" -n 300
    echo "$output"
    assert_success
    for f in erfl erfcl tgammal lgammal; do
        assert_line --regexp "^$f +[0-9]{4,} args  worst 0\.[0-9]{3} ulp"
    done
}

@test "math: the mpmath check fails on a result one ulp off and on a wrong sign" {
    # A wrapper that moves the first erfl result by one ulp (the last hex
    # digit) and flips the first lgammal sign.
    cat > off <<EOS
#!/bin/sh
"$PWD/eval" | awk -v h=0123456789abcdef '
    NR == 1 { i = index(h, substr(\$1, 20, 1)); \$1 = substr(\$1, 1, 19) substr(h, i % 16 + 1, 1) }
    1' | sed '/^[0-9a-f]* -1$/{s/ -1$/ 1/;:a;n;ba}'
EOS
    chmod +x off
    run /usr/bin/python3 "$LIBC_DIR/math_ld_mpmath.py" ./off -b erfl=0.51 -n 20
    echo "$output"
    assert_failure
    assert_line --regexp '^erfl .* worst (0\.[6-9]|1\.[0-9])[0-9]* ulp .*FAIL$'
    assert_line --regexp '^lgammal\(.*\): sign 1, want -1$'
}

@test "math: the mpmath check rejects a bad command line" {
    run /usr/bin/python3 "$LIBC_DIR/math_ld_mpmath.py" ./eval -x 1
    assert_failure
    assert_output --partial "math_ld_mpmath.py: error: bad argument '-x'"
}
