/* Internal to the math library: the x87 primitives every transcendental
 * function is built on, and the shared tables.
 *
 * The approach: each double and float function is computed in x87 long
 * double (64-bit significand, 11 more bits than a double) and rounded
 * once at the end, so the error of the long double computation (a few
 * units of 2^-64) adds only a few thousandths of an ulp to the final 0.5
 * ulp rounding.  The long double functions share the same code and are
 * therefore accurate to a few long double ulps (see README).
 *
 * The x87 instructions used here (f2xm1, fyl2x, fyl2xp1, fpatan, fscale,
 * frndint, fsqrt) are accurate to within one long double ulp over the
 * argument ranges we call them with; fsin/fcos/fptan are not used, since
 * their built-in argument reduction is inaccurate. */
#ifndef _MINILIBC_LIBM_H
#define _MINILIBC_LIBM_H
#include <math.h>
#include <stdint.h>

#define SIN_TERMS 13
#define COS_TERMS 14
extern const uint64_t __two_over_pi[263];
extern const long double __sin_taylor[SIN_TERMS];
extern const long double __cos_taylor[COS_TERMS];
#define LGAMMA1_TERMS 60
#define LGAMMA2_TERMS 34
#define STIRLING_TERMS 12
extern const long double __lgamma1_taylor[LGAMMA1_TERMS];
extern const long double __lgamma2_taylor[LGAMMA2_TERMS];
extern const long double __stirling[STIRLING_TERMS];

/* Constants rounded to 64 bits (printed by mpmath).  LN2_HI has 48
 * significant bits, so k * LN2_HI is exact for |k| < 2^16. */
#define LOG2E_L  0xb8aa3b295c17f0bcp-63L  /* log2(e) */
#define LN2_L    0xb17217f7d1cf79acp-64L  /* ln(2) */
#define LN2_HI   0xb17217f7d1cf0000p-64L
#define LN2_LO   0xf35793c7673007e6p-113L /* ln(2) - LN2_HI */
#define LG2_L    0x9a209a84fbcff799p-65L  /* log10(2) */
#define PIO2_L   0xc90fdaa22168c235p-63L  /* pi/2 */
#define PI_L     0xc90fdaa22168c235p-62L  /* pi */
#define LNSQRT2PI_L 0xeb3f8e4325f5a535p-64L /* log(2 pi)/2 */
#define RSQRTPI_L 0x906eba8214db688dp-64L /* 1/sqrt(pi) */

/* The x87 extended format: 64-bit significand with explicit leading bit,
 * then sign and 15-bit biased exponent. */
union ldbits {
	long double f;
	struct { uint64_t m; uint16_t se; } i;
};

#define fabsl(x) __builtin_fabsl(x)

/* 2^x - 1 for |x| <= 1. */
static inline long double x87_f2xm1(long double x)
{
	__asm__ ("f2xm1" : "+t"(x));
	return x;
}

/* y * log2(x). */
static inline long double x87_fyl2x(long double x, long double y)
{
	long double r;
	__asm__ ("fyl2x" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

/* y * log2(1 + x) for |x| < 1 - sqrt(2)/2. */
static inline long double x87_fyl2xp1(long double x, long double y)
{
	long double r;
	__asm__ ("fyl2xp1" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

/* atan(y / x) in the quadrant of (x, y), like atan2(y, x). */
static inline long double x87_fpatan(long double y, long double x)
{
	long double r;
	__asm__ ("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

/* x * 2^n for integral n: exact unless the result leaves the range. */
static inline long double x87_fscale(long double x, long double n)
{
	__asm__ ("fscale" : "+t"(x) : "u"(n));
	return x;
}

/* x rounded to an integer in the current rounding mode. */
static inline long double x87_frndint(long double x)
{
	__asm__ ("frndint" : "+t"(x));
	return x;
}

/* x rounded to an integer in the given x87 rounding-control mode. */
enum { RC_NEAREST, RC_DOWN, RC_UP, RC_ZERO };
static inline long double x87_round_mode(long double x, unsigned mode)
{
	unsigned short cw, rounded;

	__asm__ ("fnstcw %0" : "=m"(cw));
	rounded = (cw & ~0xc00) | mode << 10;
	__asm__ volatile ("fldcw %1\n\tfrndint\n\tfldcw %2"
	                  : "+t"(x) : "m"(rounded), "m"(cw));
	return x;
}

static inline long double x87_fsqrt(long double x)
{
	__asm__ ("fsqrt" : "+t"(x));
	return x;
}

/* |x| reduced modulo pi/2: returns r with |r| <= pi/4 and x = n*pi/2 + r,
 * storing n mod 4 in *quadrant.  Exact to about 64 bits for every finite
 * x (Payne-Hanek above pi/4). */
long double __rem_pio2l(long double x, int *quadrant);
/* sin and cos of r, |r| <= pi/4 (Taylor series, enough terms for 2^-64). */
long double __sinl_kernel(long double r);
long double __cosl_kernel(long double r);
/* hi + lo = a * b exactly (Dekker: each factor split into two 32-bit
 * halves, whose partial products are exact in 64 bits). */
static inline void two_prod(long double a, long double b, long double *hi, long double *lo)
{
	const long double split = 0x1p32L + 1;
	long double ca = a * split, cb = b * split;
	long double ah = ca - (ca - a), al = a - ah;
	long double bh = cb - (cb - b), bl = b - bh;
	*hi = a * b;
	*lo = ((ah * bh - *hi) + ah * bl + al * bh) + al * bl;
}

/* e^(-x^2) with x^2 taken exactly in two parts (x^2 may reach 11000, so
 * rounding it would cost the result up to 2^-50 relative). */
long double __exp_minus_square(long double x);
/* sin(pi x), exact reduction of x modulo 2 first. */
long double __sinpil(long double x);
/* log Gamma(x) and Gamma(x) for x > 0. */
long double __lgammal_positive(long double x);
long double __lgamma1pl(long double e);
double __fma_core(double x, double y, double z, int bits, int lsb_min);     /* log Gamma(1 + e), |e| <= 1/2 */
long double __gammal_positive(long double x);
#endif
