/* powl: integral powers whose results are representable (exact, as
 * musl's repeated squaring gets them), exact powers of two down to the
 * subnormals (a tie below the least one rounds to zero), and the special
 * cases of C11 Annex F: zeros, infinities, NaNs, negative bases with
 * integral and non-integral exponents, overflow and underflow.  Each
 * result with %La and the x87 exception flags it raised.  Left out
 * where musl's powl is wrong: y = 2^16383 (NaN), odd powers of negative
 * subnormals (the sign lost), x^y for a subnormal y (a spurious
 * underflow), inexact results (musl's are not all within half an ulp). */
#include <math.h>
#include <stdio.h>

struct pair { long double x, y; };

static const struct pair exact[] = {
	{ 3, 40 }, { -3, 39 }, { -3, 40 }, { 10, 19 }, { 7, 22 }, { 5, 27 }, { -5, 27 },
	{ 1.5L, 40 }, { 2.5L, 27 }, { -2.5L, 27 }, { 0.75L, 40 }, { 6, 24 }, { 11, 18 },
	{ 3, 2 }, { 3, 3 }, { 12345, 4 }, { 65535, 4 }, { 0xffffffffL, 2 }, { 255, 8 },
	{ 2, 63 }, { 2, 16383 }, { 2, -16382 }, { 2, -16445 }, { -2, 16383 }, { -2, -16445 },
	{ 0.5L, 16445 }, { -0.5L, 16445 }, { 4, -8222 }, { 0x1p-8000L, 2 }, { 0x1p-100L, -163 },
	{ 4, 0.5L }, { 16, 0.25L }, { 9, 0.5L }, { 0x1p-16000L, 0.5L }, { 0x1p16000L, -0.5L },
	{ 3, 1 }, { -3, 1 }, { 0x1.23456789abcdef0p-16400L, 1 }, { 7, -1 }, { 0.1L, 1 },
};

static const long double bases[] = {
	0.0L, -0.0L, 1, -1, 0.5L, -0.5L, 2, -2, 3, -3, 0x1p64L, -0x1p64L, 0x1p-16445L,
	0x1p16383L, INFINITY, -INFINITY, NAN,
};

static const long double exponents[] = {
	0.0L, -0.0L, 1, -1, 0.5L, -0.5L, 2, -2, 3, -3, 0.25L, 1.5L, -1.5L,
	0x1p64L, -0x1p64L, 0x1p65L, 0x1.8p63L, INFINITY, -INFINITY, NAN,
};

static struct pair edges[] = {
	{ 2, 16384 }, { -2, 16385 }, { -2, 16384 }, { 10, 5000 }, { -10, 5001 }, { 10, -5000 },
	{ -10, -5001 }, { 2, -16446 }, { 0.5L, 16446 }, { -2, -16447 }, { 4, -8223 },
	{ 2, -16500 }, { 0x1p-16445L, 2 }, { 0x1p-16445L, 0.5L }, { 0x1p16383L, 2 },
	{ 1 + 0x1p-63L, 0x1p80L }, { 1 - 0x1p-64L, 0x1p80L }, { 1 + 0x1p-63L, -0x1p80L },
	{ 0.9999L, 0x1p30L }, { 1.0001L, -0x1p30L }, { 1e4000L, 1e4000L }, { 1e-4000L, 1e4000L },
	{ 1e-4000L, -1e4000L }, { -1e4000L, 3 }, { -1e4000L, 4 }, { -1e-4000L, -4 },
	{ 0.5L, 0x1p-16445L }, { 2, -0x1p-16445L }, { 0x1p-16445L, 0x1p-16445L },
	{ 0x1p-16445L, -0x1p-16445L }, { 3, 0x1p-90L }, { 0.1L, -0x1p-90L }, { 0x1p-16445L, -1 },
};

/* Calls powl with the x87 exception flags cleared; returns the flags
 * it raised: invalid 1, overflow 8, underflow 16.  Not divide by zero,
 * which Annex F asks of a zero to a negative power and musl's powl
 * does not raise (math_ld_pow.bats checks it against glibc). */
static unsigned call(long double x, long double y, long double *r)
{
	unsigned short sw;
	__asm__ volatile ("fnclex");
	*r = powl(x, y);
	__asm__ volatile ("fnstsw %0" : "=m"(sw));
	return sw & 0x19;
}

static void show(long double x, long double y)
{
	long double r;
	unsigned flags = call(x, y, &r);
	printf("powl(%La, %La) = %La  flags %02x\n", x, y, r, flags);
}

int main(void)
{
	for (unsigned i = 0; i < sizeof exact / sizeof *exact; i++)
		show(exact[i].x, exact[i].y);
	for (unsigned i = 0; i < sizeof bases / sizeof *bases; i++)
		for (unsigned j = 0; j < sizeof exponents / sizeof *exponents; j++)
			show(bases[i], exponents[j]);
	for (unsigned i = 0; i < sizeof edges / sizeof *edges; i++)
		show(edges[i].x, edges[i].y);
	return 0;
}
