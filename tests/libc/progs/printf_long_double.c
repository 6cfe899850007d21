/* long double (x87 80-bit) through %Lf %Le %Lg %La: exact decimal
 * expansions and correct rounding (ties to even) of values with a 64-bit
 * significand, from the smallest subnormal to LDBL_MAX, at precisions
 * 0..40, with flags and widths.  Values are built from their bits or
 * from constants, never with libm, so both builds print the same value. */
#include <stdio.h>
#include <stdint.h>
#include <float.h>

static long double from_bits(int neg, int exp, uint64_t m)
{
	union { long double f; struct { uint64_t m; uint16_t se; } i; } u;

	u.f = 0;
	u.i.m = m;
	u.i.se = (uint16_t)((neg ? 0x8000 : 0) | exp);
	return u.f;
}

static uint64_t state = 0x9e3779b97f4a7c15ULL;

static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

int main(void)
{
	long double vals[] = {
		0.0L, -0.0L, 1.0L, -1.0L, 0.1L, 0.5L, 1.5L, 2.5L, 3.5L, 0.125L, 0.375L, 9.5L, 99.5L,
		999.5L, 0.05L, 0.95L, 123.456L, 1e-300L, 1e300L, 1e1000L, 1e-1000L, 1e4000L, 1e-4000L,
		1e4932L, 1e-4940L, 3.14159265358979323846264338327950288L,
		2.71828182845904523536028747135266250L, 18446744073709551615.0L,
		18446744073709551616.0L, 9223372036854775807.0L, 0x1.fffffffffffffffep-1L,
		1.0L + LDBL_EPSILON, 1.0L - LDBL_EPSILON / 2, LDBL_MAX, -LDBL_MAX, LDBL_MIN,
		LDBL_MIN / 3, LDBL_EPSILON, 0x1p-16445L, 0x3p-16445L, 0x1.23456789abcdef12p-16400L,
		0x1.fffffffffffffffep-16383L, 1e23L, 1e22L, 1e21L, 5e-324L, 1.7976931348623157e308L,
		6.02214076e23L, 1.602176634e-19L, 0.0625L, 0.001953125L, 4503599627370496.5L,
		2305843009213693951.5L, 1152921504606846976.5L, 0x1.8p-1074L,
	};
	int nvals = sizeof vals / sizeof *vals;

	/* Every value through every conversion at the default precision and a few others. */
	for (int i = 0; i < nvals; i++) {
		long double x = vals[i];
		printf("%d: %Le|%Lg|%La|%LA\n", i, x, x, x, x);
		printf("%d: %.0Le|%.1Le|%.17Le|%.21Le|%.30Le\n", i, x, x, x, x, x);
		printf("%d: %.0Lg|%.1Lg|%.17Lg|%.21Lg|%#.25Lg\n", i, x, x, x, x, x);
		printf("%d: %.0La|%.1La|%.5La|%.14La|%.15La|%.16La|%.20La\n", i, x, x, x, x, x, x, x);
		if (x < 1e60L && x > -1e60L)
			printf("%d: %Lf|%.0Lf|%.3Lf|%.25Lf\n", i, x, x, x, x);
	}

	/* Precision 0..40 for a few values. */
	long double some[] = { 3.14159265358979323846264338327950288L, 1.0L / 3, 2.0L / 3,
		0.5L, 1e-20L, 12345678901234567890.0L, 0x1.fffffffffffffffep+63L };
	for (int i = 0; i < (int)(sizeof some / sizeof *some); i++)
		for (int p = 0; p <= 40; p++)
			printf("%d.%d: %.*Lf|%.*Le|%.*Lg|%.*La\n", i, p, p, some[i], p, some[i],
			       p, some[i], p, some[i]);

	/* Rounding ties, exactly representable: k + 1/2 at %.0Lf, and
	 * halves of the last kept digit at higher precisions. */
	for (int k = 0; k < 12; k++)
		printf("tie %d: %.0Lf %.0Le %.1Lf %.2Lf %.3Lf\n", k, k + 0.5L, k + 0.5L,
		       k + 0.25L, k + 0.125L, k + 0.0625L);
	printf("tie big: %.0Lf %.0Lf %.18Le %.18Le\n", 2305843009213693951.5L,
	       2305843009213693950.5L, 1152921504606846976.5L, 1152921504606846977.5L);

	/* Flags and widths. */
	long double w = -1234.5678L, z = 0x1.abcdef0123456789p-20L;
	printf("[%+30.10Le] [%-30Lg] [%030.5Lf] [% Lf] [%#.0Lf] [%#Lg] [%#La]\n", w, w, w, w, w, w, w);
	printf("[%+30.10Le] [%-30Lg] [%030.5Lf] [% Lf] [%#.0Lf] [%#Lg] [%#La]\n", z, z, z, z, z, z, z);
	printf("[%LF] [%LE] [%LG] [%LA] [%40La] [%-40LA] [%040La]\n", z, z, z, z, z, z, z);
	long double inf = LDBL_MAX * 2, nan = inf - inf;
	printf("[%Lf] [%Le] [%Lg] [%La] [%LF] [%+10Le] [%-10Lg] [%010La]\n", inf, -inf, inf, -inf,
	       inf, inf, -inf, inf);
	printf("[%Lf] [%5Le] [%LG]\n", nan < 0 ? -nan : nan, nan < 0 ? -nan : nan,
	       nan < 0 ? -nan : nan);

	/* Powers of two over the whole exponent range, exactly. */
	for (int e = -16445; e <= 16383; e += 331) {
		long double x = e < -16382 ? from_bits(0, 0, 1ULL << (e + 16445))
		                           : from_bits(0, e + 16383, 1ULL << 63);
		printf("2^%d: %.25Le %.30Lg %La\n", e, x, x, x);
	}

	/* Random significands and exponents, normal and subnormal. */
	for (int i = 0; i < 300; i++) {
		uint64_t r = next(), m = next();
		int exp = (int)(r % 32767);
		if (i % 10 == 0)
			exp = 0;                               /* subnormal */
		else
			m |= 1ULL << 63;
		if (i % 7 == 0)
			exp = 16383 + (int)(r % 130) - 65;     /* near 1 */
		long double x = from_bits(r >> 63, exp, m);
		int p = (int)(r >> 20) % 41;
		printf("r%d: %.*Le|%.*Lg|%.*La|%La\n", i, p, x, p, x, p % 17, x, x);
		if (exp > 16383 - 70 && exp < 16383 + 70)
			printf("r%d: %.*Lf\n", i, p, x);
	}

	/* Full expansions: the largest value and the smallest subnormal. */
	printf("%Lf\n", LDBL_MAX);
	printf("%.16500Lf\n", 0x1p-16445L);
	printf("%.11500Le\n", 0x1p-16445L);
	printf("%.11520Le\n", 0x1.fffffffffffffffep-16383L);

	/* The grouping flag groups nothing in the C locale. */
	printf("[%'Lf] [%'.3Le] [%'Lg] [%'d] [%'10.2f]\n", 1234567.25L, -1234567.25L, 1e10L, 1234567, 1234.5);

	/* Doubles and long doubles side by side. */
	printf("%.20f %.20Lf %a %La\n", 0.1, 0.1L, 0.1, 0.1L);
	return 0;
}
