# Accuracy of the math library: progs/math_ulp.c evaluates every function
# on special values and on a few hundred thousand pseudo-random arguments,
# built against musl and against minilibc; math_ulp_check.c measures both
# against the host's long double functions and compares special cases
# and errno with musl's.
load ../common
load libc

setup() {
    common_setup
    gcc -O2 -w "$LIBC_DIR/math_ulp_check.c" -o check -lm
}

# The worst errors minilibc is claimed to have, in ulps (README); "all"
# covers the float functions too.
# exp, log and pow: the error bounds of their lean fast paths (fast.h),
# which round without a test (sin and cos stay correctly rounded).
# The long double ones are in long double ulps against a reference that
# is itself about one such ulp off (up to 3 for the host's tgammal and
# lgammal, 2 for its log1pl); math_ld_mpmath.bats measures erfl, erfcl,
# tgammal and lgammal against an exact reference instead, and
# math_ld_hyp.bats the hyperbolic functions, expm1l and the logarithms.
BOUNDS=(-b all=0.501 -b exp=0.504 -b log=0.514 -b pow=0.52 -b tan=0.502
    -b expl=2 -b exp2l=1 -b expm1l=3 -b logl=1 -b log2l=1 -b log10l=1 -b log1pl=2
    -b sinl=3 -b cosl=3 -b tanl=4 -b asinl=2 -b acosl=1 -b atanl=1 -b sinhl=4 -b coshl=2
    -b tanhl=4 -b asinhl=2 -b acoshl=2 -b atanhl=4 -b cbrtl=2 -b erfl=1 -b erfcl=2
    -b tgammal=3 -b lgammal=3 -b powl=2 -b atan2l=1 -b hypotl=2)
FUNCTIONS="exp exp2 expm1 log log2 log10 log1p pow sin cos tan asin acos atan atan2
    sinh cosh tanh asinh acosh atanh cbrt hypot erf erfc tgamma lgamma"

@test "math: double, float and long double functions within their ulp bounds" {
    build_with_musl "$LIBC_PROGS/math_ulp.c" musl
    build_with_minilibc "$LIBC_PROGS/math_ulp.c" mini
    ./musl > musl.out
    ./mini > mini.out
    run ./check "${BOUNDS[@]}" musl.out mini.out
    echo "$output"
    assert_success
    for f in $FUNCTIONS; do
        assert_line --regexp "^$f +[0-9]{5,} "
        assert_line --regexp "^${f}f +[0-9]{4,} "
        assert_line --regexp "^${f}l +[0-9]{3,} "
    done
}

@test "math: the checker fails on a wrong result and on a wrong special case" {
    build_with_musl "$LIBC_PROGS/math_ulp.c" musl
    ./musl 50 > musl.out
    # One ulp off on an ordinary line breaks a 0.501 bound ...
    awk -v h=0123456789abcdef '$2 == "sin" && $1 == "R" && !done {
            i = index(h, substr($4, 16, 1))
            if (i < 16) { $4 = substr($4, 1, 15) substr(h, i + 1, 1); done = 1 }
        } 1' musl.out > off.out
    run ./check -b sin=0.501 musl.out off.out
    assert_failure
    assert_line --regexp '^sin .*FAIL$'
    # ... and a different errno anywhere is reported.
    awk '$2 == "exp" && !done { $NF = 34; done = 1 } 1' musl.out > errno.out
    run ./check musl.out errno.out
    assert_failure
    assert_output --partial 'errno 34'
}

@test "math: the FLE toolchain build computes the same bits, and -lm links" {
    build_with_minilibc "$LIBC_PROGS/math_ulp.c" mini
    fle-cc -O2 -w "$LIBC_PROGS/math_ulp.c" -o fle -lm
    ./mini 200 > mini.out
    ./fle 200 > fle.out
    [ "$(wc -l < mini.out)" -gt 10000 ]
    cmp mini.out fle.out
}

@test "math: classification, rounding, remainders, fma, nextafter as musl" {
    libc_differential math_misc
}

@test "math: the rest of math.h through the FLE toolchain as musl" {
    LIBC_BUILD=build_with_fle_lm
    libc_differential math_misc
}

build_with_fle_lm() {
    fle-cc -O2 -w "$1" -o "$2" -lm
}
