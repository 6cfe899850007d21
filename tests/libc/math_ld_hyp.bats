# The long double hyperbolic functions, expm1l and the logarithms against
# mpmath (math_ld_mpmath.py): within a long double ulp, sinhl, coshl and
# expm1l up to where they overflow.  expl, logl, log2l and exp2l share
# the checks so that they stay within theirs.
load ../common
load libc

setup() {
    common_setup
    build_with_minilibc "$LIBC_DIR/math_ld_eval.c" eval
}

@test "math ld: sinhl, coshl, tanhl within an ulp, up to overflow" {
    check_ld_bounds sinhl=1 coshl=1 tanhl=1
}

@test "math ld: asinhl, acoshl, atanhl within an ulp" {
    check_ld_bounds asinhl=1 acoshl=1 atanhl=1
}

@test "math ld: expm1l, log1pl, log10l within an ulp" {
    check_ld_bounds expm1l=1 log1pl=1 log10l=1
}

@test "math ld: expl, logl, log2l, exp2l still within an ulp" {
    check_ld_bounds expl=1 logl=1 log2l=1 exp2l=1
}

@test "math ld: sinhl, coshl, expm1l overflow just above their thresholds" {
    # ln(2 LDBL_MAX) = 11357.21655..., ln(LDBL_MAX) = 11356.52340...: the
    # long doubles either side of them, the results finite (exponent
    # 7ffe) below and infinite above.
    below=400cb174ddc031aec0e9 above=400cb174ddc031aec0ea
    m_below=400cb17217f7d1cf79ab m_above=400cb17217f7d1cf79ac
    printf '%s\n' "sinhl $below" "coshl $below" "sinhl c${below:1}" "coshl c${below:1}" \
        "expm1l $m_below" "sinhl $above" "coshl $above" "sinhl c${above:1}" \
        "expm1l $m_above" > args
    run ./eval < args
    assert_success
    assert_line --index 0 --regexp '^7ffe'
    assert_line --index 1 --regexp '^7ffe'
    assert_line --index 2 --regexp '^fffe'
    assert_line --index 3 --regexp '^7ffe'
    assert_line --index 4 --regexp '^7ffe'
    assert_line --index 5 --regexp '^7fff8000000000000000 '
    assert_line --index 6 --regexp '^7fff8000000000000000 '
    assert_line --index 7 --regexp '^ffff8000000000000000 '
    assert_line --index 8 --regexp '^7fff8000000000000000 '
}
