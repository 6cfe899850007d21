# The long double trigonometric functions against mpmath
# (math_ld_mpmath.py): sinl, cosl and tanl on their main ranges, near
# multiples of pi/2 and pi/4, huge arguments to 2^16383 (Payne-Hanek)
# and around 2^28 (where Cody-Waite hands over); asinl and acosl near
# +-1, near +-sqrt(2)/2 (where their kernels change) and tiny.  Each
# rounds once from a value carried in two parts (trig_kernel.h): the
# bounds leave room over the 0.507 to 0.524 ulp measured with -n 3000.
load ../common
load libc

setup() {
    common_setup
    build_with_minilibc "$LIBC_DIR/math_ld_eval.c" eval
}

@test "math: sinl, cosl, tanl within 0.55 ulp of mpmath, huge arguments too" {
    check_ld_bounds sinl=0.55 cosl=0.55 tanl=0.55
}

@test "math: asinl, acosl within 0.55 ulp of mpmath, atanl, atan2l within 1" {
    check_ld_bounds asinl=0.55 acosl=0.55 atanl=1 atan2l=1
}

@test "math: trigonometric special cases and huge arguments as glibc" {
    # Exact results (signed zeros, NaNs, pi and pi/2 rounded) in hex;
    # huge arguments, where only a right reduction gets the digits, to 15.
    cat > special.c <<'EOS'
#include <math.h>
#include <stdio.h>
#include <string.h>
/* The bits, so that the two printfs' %La styles do not matter. */
static const char *bits(long double x)
{
	static char buf[8][24];
	static int n;
	unsigned long long m;
	unsigned short se;
	memcpy(&m, &x, 8);
	memcpy(&se, (char *)&x + 8, 2);
	snprintf(buf[n & 7], 24, "%04x%016llx", se, m);
	return buf[n++ & 7];
}
int main(void)
{
	long double z = -0.0L, big[] = { 0x1p28L, 0x1p63L, 1e300L, 0x1p16000L, 0xc.90fdaa22168c235p+200L };
	printf("%s %s %s %s %s\n", bits(sinl(z)), bits(tanl(z)), bits(cosl(z)), bits(asinl(z)), bits(acosl(z)));
	printf("%d %d %d %d\n", isnan(sinl(INFINITY)), isnan(cosl(-INFINITY)), isnan(tanl(NAN)),
	       isnan(asinl(1.5L)) && isnan(acosl(-1.5L)));
	printf("%s %s %s %s\n", bits(asinl(-1.0L)), bits(acosl(-1.0L)), bits(asinl(1.0L)), bits(acosl(1.0L)));
	for (int i = 0; i < 5; i++)
		printf("%.15Lg %.15Lg %.15Lg\n", sinl(-big[i]), cosl(big[i]), tanl(big[i]));
	return 0;
}
EOS
    build_with_minilibc special.c mini
    gcc -O2 -w special.c -o host -lm
    ./host > host.out
    ./mini > mini.out
    [ "$(wc -l < host.out)" -eq 8 ]
    diff -u host.out mini.out
}
