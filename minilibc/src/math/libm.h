/* Internal to the math library: the x87 primitives every transcendental
 * function is built on, and the shared tables.
 *
 * The approach: each double and float function is computed in x87 long
 * double (64-bit significand, 11 more bits than a double) and rounded
 * once at the end, so the error of the long double computation (a few
 * units of 2^-64) adds only a few thousandths of an ulp to the final 0.5
 * ulp rounding.  The long double functions carry their last steps in
 * two parts (two-part values, below) and round once, so every one is
 * within a long double ulp (the README lists each worst error); where
 * that costs the double and float forms more than they need (sinh cosh
 * tanh asinh acosh atanh expm1 log1p log10 asin acos), those keep the
 * plain x87 code.
 *
 * The x87 instructions used here (f2xm1, fyl2x, fyl2xp1, fpatan, fscale,
 * frndint, fsqrt) are accurate to within one long double ulp over the
 * argument ranges we call them with; fsin/fcos/fptan are not used, since
 * their built-in argument reduction is inaccurate. */
#ifndef _MINILIBC_LIBM_H
#define _MINILIBC_LIBM_H
#include <math.h>
#include <stdint.h>

extern const uint64_t __two_over_pi[263];
/* Nine Taylor coefficients of a kernel's tail (trig_kernel.h), the first
 * two in long double, the rest in double: they weigh less than 2^-18 of
 * the result, so double precision is enough, and loads faster. */
struct taylor_tail { long double head[2]; double rest[7]; };
extern const struct taylor_tail __sin_taylor, __cos_taylor;

/* x itself, for the tiny arguments where f(x) rounds to x, with the
 * flags musl raises there: inexact unless x is 0 (x + 2^120), and, if
 * asked, underflow where x is subnormal (x^2), not for every x whose
 * products with small terms would underflow. */
static inline long double tiny_result(long double x, int subnormal_underflows)
{
	long double inexact = x + 0x1p120L;
	long double under = subnormal_underflows && fabsl(x) < 0x1p-16382L ? x * x : 0;
	__asm__ volatile ("" : : "f"(inexact), "f"(under));
	return x;
}

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

/* sqrt x for x.hi > 0: fsqrt's root s, then the remainder's correction
 * (x - s^2) / 2s, s^2 exact in two parts. */
static inline ldd dd_sqrt(ldd x)
{
	long double s = x87_fsqrt(x.hi);
	ldd sq = dd_prod(s, s);
	return dd_fast_sum(s, ((x.hi - sq.hi) - sq.lo + x.lo) / (2 * s));
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
#define PIO2_DD ((ldd){ PIO2_L, -0xece675d1fc8f8cbbp-129L })
#define LNPI_DD ((ldd){ 0x928682473d0de85fp-63L, -0xa06a93957bc0b668p-128L })
#define LNSQRT2PI_DD ((ldd){ LNSQRT2PI_L, -0xd686dffd77cdbfb8p-129L })
#define RSQRTPI_DD ((ldd){ RSQRTPI_L, 0xe3a914fed7fd8688p-129L })
#define LN2_DD ((ldd){ LN2_HI, LN2_LO })
#define LOG10E_DD ((ldd){ 0xde5bd8a937287195p-65L, 0xd56eaabeb4cf70c9p-131L })

/* a - k pi/2 in two parts, to about 2^-128 absolute, for k = 1, 2 and
 * a within pi/4 (and a little) of k pi/2: a - k PIO2_L is then exact.
 * The parts are not renormalized (the low one may be the larger), which
 * the kernels allow for. */
static inline ldd dd_minus_pio2(long double a, int k)
{
	return (ldd){ a - k * PIO2_DD.hi, -k * PIO2_DD.lo };
}

/* asin x and acos x within about 1.5 long double ulps, special cases
 * included: the x87 atan2 of x and sqrt((1 - x)(1 + x)).  Enough for the
 * double and float functions; asinl and acosl refine it. */
long double __asinl_x87(long double x);
long double __acosl_x87(long double x);

/* The tail c(z) = c_0 + c_1 z + ... + c_8 z^8 by Estrin's scheme: four
 * multiplications deep instead of Horner's eight. */
static inline long double estrin8(const struct taylor_tail *c, long double z)
{
	long double z2 = z * z, z4 = z2 * z2;
	long double p0 = (c->head[0] + c->head[1] * z) + z2 * (c->rest[0] + c->rest[1] * z);
	long double p4 = (c->rest[2] + c->rest[3] * z) + z2 * (c->rest[4] + c->rest[5] * z);
	return (p0 + z4 * p4) + z4 * z4 * c->rest[6];
}

/* |x| reduced modulo pi/2: returns r with |r| <= pi/4 (about) and
 * |x| = n pi/2 + r, storing n mod 4 in *quadrant; r in two parts, to
 * about 2^-100 relative for every finite x (Payne-Hanek above 2^28).
 * The kernels that take r are in trig_kernel.h. */
ldd __rem_pio2l(long double x, int *quadrant);
/* e^x = m 2^*scale, m in [1, 2) to about 2^-100 (the scale kept apart
 * so that callers can multiply before the result over- or underflows);
 * |x.hi| < 12000. */
ldd __exp_dd(ldd x, long double *scale);
/* The same to about 2^-78, cheaper (powl). */
ldd __exp_dd_lean(ldd x, long double *scale);
/* log x for finite x > 0, to about 2^-100 absolute. */
ldd __log_dd(long double x);
/* The same two at the cost of expl and logl, to about 2^-70 relative
 * (for the functions whose double forms must stay fast): e^x - sub = (hi +
 * lo) 2^*scale for sub 0 or 1, |x| < 11400; log x for finite x > 0. */
ldd __exp_lean_dd(long double x, long double sub, long double *scale);
ldd __log_lean_dd(long double x);
/* The double and float forms of sinh cosh tanh asinh acosh atanh expm1
 * log1p log10 round these: the x87 code the long double functions had,
 * a few long double ulps off, which is what the double results need (11
 * bits to spare), at half the cost of the two-part evaluation with which
 * the long double functions come within an ulp. */
long double __sinhl_fast(long double x);
long double __coshl_fast(long double x);
long double __tanhl_fast(long double x);
long double __asinhl_fast(long double x);
long double __acoshl_fast(long double x);
long double __atanhl_fast(long double x);
long double __expm1l_fast(long double x);
long double __log1pl_fast(long double x);
long double __log10l_fast(long double x);
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
