# powl and hypotl in long double: their accuracy against mpmath
# (math_ld_mpmath.py: powl near 1 with large exponents, results near the
# overflow threshold and in the subnormal range, hypotl across the whole
# exponent range), powl's integral powers against exact integer
# arithmetic, and the divide-by-zero exception of a zero to a negative
# power against glibc (musl's powl does not raise it; the rest of the
# special cases are compared with musl in differential.bats, math_powl).
load ../common
load libc

setup() {
    common_setup
    build_with_minilibc "$LIBC_DIR/math_ld_eval.c" eval
}

@test "math: powl within 0.52 ulp of mpmath, subnormal and huge results included" {
    check_ld_bounds powl=0.52
}

@test "math: hypotl within 0.501 ulp of mpmath, subnormal and huge results included" {
    check_ld_bounds hypotl=0.501
}

@test "math: powl's integral powers are exact whenever the result is representable" {
    # b^n for integers b and n with b^n < 2^64 (so exactly representable),
    # also negated and scaled by powers of two (into the subnormal range,
    # where a second rounding would show), and b^-n where that is exact,
    # against __int128 products.
    cat > powers.c <<'EOF'
#include <math.h>
#include <stdio.h>

int main(void)
{
	unsigned checked = 0, wrong = 0;
	for (unsigned b = 2; b <= 5000; b++) {
		unsigned __int128 p = b;
		for (int n = 2; (p *= b) < (unsigned __int128)1 << 64; n++) {
			long double want = (unsigned long long)p;
			int k = 16445 / n;              /* (b 2^-k)^n: subnormal for small b^n */
			long double got[5] = { powl(b, n), powl(-(long double)b, n),
			                       powl(b * 0x1p-40L, n), ldexpl(powl(b, -n), 0),
			                       powl(ldexpl(b, -k), n) };
			long double exp[5] = { want, n & 1 ? -want : want, ldexpl(want, -40 * n),
			                       1 / want, ldexpl(want, -k * n) };
			for (int i = 0; i < 5; i++, checked++)
				if (got[i] != exp[i] && (i != 3 || want == ldexpl(1, ilogbl(want)))) {
					if (wrong++ < 10)
						printf("powl(%u, %d) case %d: %La, want %La\n", b, n, i, got[i], exp[i]);
				}
		}
	}
	printf("%u checked, %u wrong\n", checked, wrong);
	return wrong != 0;
}
EOF
    build_with_minilibc powers.c powers
    run ./powers
    echo "$output"
    assert_success
    assert_output --regexp '^[0-9]{4,} checked, 0 wrong$'
}

@test "math: powl raises divide-by-zero for a zero to a negative power, as glibc" {
    cat > zero.c <<'EOF'
#include <math.h>
#include <stdio.h>

int main(void)
{
	static const long double y[] = { -1, -2, -3, -0.5L, -0x1p70L, -0x1p-16445L, 1, 0.5L };
	for (int s = 0; s < 2; s++)
		for (unsigned i = 0; i < sizeof y / sizeof *y; i++) {
			unsigned short sw;
			__asm__ volatile ("fnclex");
			long double r = powl(s ? -0.0L : 0.0L, y[i]);
			__asm__ volatile ("fnstsw %0" : "=m"(sw));
			printf("%c0 ^ %g: %s%s, divide by zero %d\n", s ? '-' : '+', (double)y[i],
			       signbit(r) ? "-" : "+", isinf(r) ? "inf" : r == 0 ? "0" : "?", sw >> 2 & 1);
		}
	return 0;
}
EOF
    gcc -O2 -w zero.c -o zero.glibc -lm
    build_with_minilibc zero.c zero.mini
    ./zero.glibc > glibc.out
    ./zero.mini > mini.out
    cat mini.out
    grep -q 'divide by zero 1' glibc.out
    diff -u glibc.out mini.out
}
