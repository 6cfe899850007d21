/* A small math library: the exact operations (rounding, remainders,
 * scaling, square root).  No transcendental functions. */
#ifndef _MATH_H
#define _MATH_H
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")
#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
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
#endif
