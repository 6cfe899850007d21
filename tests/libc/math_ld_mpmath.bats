# Accuracy of the long double functions against mpmath: math_ld_eval.c
# (built against minilibc) evaluates them on the arguments
# math_ld_mpmath.py chooses (main ranges, and the hard places: erfc near
# its underflow, tgamma near its poles and overflow, lgamma near its
# zeros, and so on), and the script measures each result in long double
# ulps of the exact value.  math_ulp.bats cannot prove these bounds: its reference,
# the host's long double functions, is itself a few such ulps off.
# The script runs under Debian's python3, where scripts/install-deps.sh
# installs python3-mpmath (another python3 earlier on PATH may lack it).
load ../common
load libc

setup() {
    common_setup
    build_with_minilibc "$LIBC_DIR/math_ld_eval.c" eval
}


@test "math: erfl, erfcl, tgammal, lgammal, sqrtl within 0.51 ulp of mpmath" {
    check_ld_bounds erfl=0.51 erfcl=0.51 tgammal=0.51 lgammal=0.51 sqrtl=0.5
}

@test "math: exp2l, logl, log2l, cbrtl (subnormal x too), atanl, atan2l, hypotl within 1 ulp" {
    check_ld_bounds exp2l=1 logl=1 log2l=1 cbrtl=1 atanl=1 atan2l=1 hypotl=1
}

@test "math: expl within 0.51 ulp of mpmath" {
    check_ld_bounds expl=0.51
}

@test "math: the mpmath check fails on a result one ulp off and on a wrong sign" {
    # A wrapper that moves the first erfl result by one ulp (the last hex
    # digit, up, or down from f) and flips the first lgammal sign.
    cat > off <<EOS
#!/bin/sh
"$PWD/eval" | awk -v h=0123456789abcdef '
    NR == 1 { i = index(h, substr(\$1, 20, 1)); \$1 = substr(\$1, 1, 19) substr(h, i == 16 ? 15 : i + 1, 1) }
    1' | sed '/^[0-9a-f]* -1$/{s/ -1$/ 1/;:a;n;ba}'
EOS
    chmod +x off
    run /usr/bin/python3 "$LIBC_DIR/math_ld_mpmath.py" ./off -f erfl,lgammal -b erfl=0.51 -n 20
    echo "$output"
    assert_failure
    assert_line --regexp '^erfl .* worst (0\.[6-9]|1\.[0-9])[0-9]* ulp .*FAIL$'
    assert_line --regexp '^lgammal\(.*\): sign 1, want -1$'
}

@test "math: the mpmath check rejects a bad command line" {
    run /usr/bin/python3 "$LIBC_DIR/math_ld_mpmath.py" ./eval -x 1
    assert_failure
    assert_output --partial "math_ld_mpmath.py: error: bad argument '-x 1'"
    run /usr/bin/python3 "$LIBC_DIR/math_ld_mpmath.py" ./eval -f sinl,nosuchl
    assert_failure
    assert_output --partial "math_ld_mpmath.py: error: bad argument '-f sinl,nosuchl'"
}

@test "math: math_ld_eval rejects an unknown function and a wrong argument count" {
    run ./eval <<< "nosuchl 3fff8000000000000000"
    assert_failure
    assert_output "math_ld_eval: error: unknown function 'nosuchl'"
    run ./eval <<< "powl 3fff8000000000000000"
    assert_failure
    assert_output "math_ld_eval: error: wrong number of arguments for 'powl'"
}
