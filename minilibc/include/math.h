/* The math library: the exact operations (rounding, remainders, scaling,
 * square root) and the transcendental functions in double, float and
 * long double.  Like musl, errors are reported through the floating-point
 * exception flags only (math_errhandling is MATH_ERREXCEPT): errno is
 * never set. */
#ifndef _MATH_H
#define _MATH_H
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")
#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling 2
#define M_PI 3.14159265358979323846
#define M_E 2.7182818284590452354
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf_sign(x)
#define isfinite(x) __builtin_isfinite(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)
#define fpclassify(x) __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

double fabs(double);
double floor(double);
double ceil(double);
double trunc(double);
double round(double);
double sqrt(double);
double fmod(double, double);
double ldexp(double, int);
double frexp(double, int *);
double modf(double, double *);
double copysign(double, double);
double fmin(double, double);
double fmax(double, double);

#define MATH_FUNCS(T, S) \
	T exp##S(T); T exp2##S(T); T expm1##S(T); T log##S(T); T log2##S(T); \
	T log10##S(T); T log1p##S(T); T pow##S(T, T); T sin##S(T); T cos##S(T); \
	T tan##S(T); T asin##S(T); T acos##S(T); T atan##S(T); T atan2##S(T, T); \
	T sinh##S(T); T cosh##S(T); T tanh##S(T); T asinh##S(T); T acosh##S(T); \
	T atanh##S(T); T cbrt##S(T); T hypot##S(T, T); T erf##S(T); T erfc##S(T); \
	T tgamma##S(T); T lgamma##S(T); T lgamma##S##_r(T, int *);
MATH_FUNCS(double, )
MATH_FUNCS(float, f)
MATH_FUNCS(long double, l)
#undef MATH_FUNCS
extern int signgam;
long double frexpl(long double, int *);
void sincos(double, double *, double *);
void sincosf(float, float *, float *);
void sincosl(long double, long double *, long double *);
#endif
