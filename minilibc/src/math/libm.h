/* Internal to the math library: the x87 primitives every transcendental
 * function is built on, and the shared tables.
 *
 * The approach: each double and float function is computed in x87 long
 * double (64-bit significand, 11 more bits than a double) and rounded
 * once at the end, so the error of the long double computation (a few
 * units of 2^-64) adds only a few thousandths of an ulp to the final 0.5
 * ulp rounding.  The long double functions share the same code and are
 * therefore accurate to a few long double ulps (see README); erf, erfc,
 * tgamma and lgamma carry more (two-part values, below) and come within
 * 0.51 long double ulp.
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

/* Double-long-double arithmetic: a value carried as the unevaluated sum
 * hi + lo of two long doubles, |lo| <= ulp(hi)/2, about 128 bits.  The
 * functions that must be accurate to a long double ulp (erf, erfc,
 * tgamma, lgamma) do their critical steps in it and round once.  The
 * operations are the classical error-free transformations (Knuth's
 * two-sum, Dekker's product above) and are accurate to about 2^-125
 * relative; the x87 computes each long double operation exactly rounded,
 * which is all they need. */
typedef struct { long double hi, lo; } ldd;

static inline ldd dd_ld(long double a) { return (ldd){ a, 0 }; }

/* hi + lo = a + b exactly, for |a| >= |b|. */
static inline ldd dd_fast_sum(long double a, long double b)
{
	long double s = a + b;
	return (ldd){ s, b - (s - a) };
}

/* hi + lo = a + b exactly, any order (Knuth). */
static inline ldd dd_sum(long double a, long double b)
{
	long double s = a + b, bb = s - a;
	return (ldd){ s, (a - (s - bb)) + (b - bb) };
}

static inline ldd dd_prod(long double a, long double b)
{
	ldd r;
	two_prod(a, b, &r.hi, &r.lo);
	return r;
}

static inline ldd dd_add(ldd x, ldd y)
{
	ldd s = dd_sum(x.hi, y.hi);
	return dd_fast_sum(s.hi, s.lo + x.lo + y.lo);
}

static inline ldd dd_neg(ldd x) { return (ldd){ -x.hi, -x.lo }; }
static inline ldd dd_sub(ldd x, ldd y) { return dd_add(x, dd_neg(y)); }

static inline ldd dd_mul(ldd x, ldd y)
{
	ldd p = dd_prod(x.hi, y.hi);
	return dd_fast_sum(p.hi, p.lo + (x.hi * y.lo + x.lo * y.hi));
}

static inline ldd dd_mul_ld(ldd x, long double b)
{
	ldd p = dd_prod(x.hi, b);
	return dd_fast_sum(p.hi, p.lo + x.lo * b);
}

/* x / y: a first quotient, then the remainder's correction to it. */
static inline ldd dd_div(ldd x, ldd y)
{
	long double q = x.hi / y.hi;
	ldd r = dd_sub(x, dd_mul_ld(y, q));
	return dd_fast_sum(q, r.hi / y.hi);
}

/* x * 2^n, n integral: exact unless the result leaves the range. */
static inline ldd dd_scale(ldd x, long double n)
{
	return (ldd){ x87_fscale(x.hi, n), x87_fscale(x.lo, n) };
}

/* (hi + lo) 2^n rounded once, for hi = hi + lo rounded (as every
 * operation above leaves it): exact unless the result is subnormal, and
 * there the second rounding is corrected by what it and lo left off. */
static inline long double dd_round_scaled(ldd x, long double n)
{
	const long double quantum = 0x1p-16445L;     /* of the subnormals */
	long double r = x87_fscale(x.hi, n);
	if (fabsl(r) >= 0x1p-16382L)
		return r;
	long double rest = (x.hi - x87_fscale(r, -n)) + x.lo;
	long double half = x87_fscale(quantum, -n - 1);
	if (rest > half)
		r += quantum;
	else if (rest < -half)
		r -= quantum;
	return r;
}

/* Constants in two parts (printed by mpmath). */
#define LNPI_DD ((ldd){ 0x928682473d0de85fp-63L, -0xa06a93957bc0b668p-128L })
#define LNSQRT2PI_DD ((ldd){ LNSQRT2PI_L, -0xd686dffd77cdbfb8p-129L })
#define RSQRTPI_DD ((ldd){ RSQRTPI_L, 0xe3a914fed7fd8688p-129L })

/* e^x = m 2^*scale, m in [1, 2) to about 2^-100 (the scale kept apart
 * so that callers can multiply before the result over- or underflows);
 * |x.hi| < 12000. */
ldd __exp_dd(ldd x, long double *scale);
/* The same to about 2^-78, cheaper (powl). */
ldd __exp_dd_lean(ldd x, long double *scale);
/* log x for finite x > 0, to about 2^-100 absolute. */
ldd __log_dd(long double x);
/* sin(pi x) for x not an integer, exact reduction of x modulo 2 first. */
ldd __sinpi_dd(long double x);
/* log Gamma(x) for 0 < x < 2^16000; log Gamma(1 + e) for |e| <= 1/2;
 * log |Gamma(x)| for non-integral x < -1/2 by the reflection formula
 * (no good near the zeros of log |Gamma|, see lgammal_r.c). */
ldd __lgamma_dd(long double x);
ldd __lgamma1p_dd(long double e);
ldd __lgamma_reflected_dd(long double x);
/* erf x for 0 <= x < 2; erfc x = m 2^*scale for 2 <= x < 110. */
ldd __erf_dd(long double x);
ldd __erfc_dd(long double x, long double *scale);
/* x y + z rounded once to bits bits, lsb_min the least exponent. */
double __fma_core(double x, double y, double z, int bits, int lsb_min);
#endif
