/* The math library: the exact operations (rounding, remainders, scaling,
 * square root), classification, and the transcendental functions, in
 * double, float and long double.  Like musl, errors are reported through
 * the floating-point exception flags only (math_errhandling is
 * MATH_ERREXCEPT): errno is never set. */
#ifndef _MATH_H
#define _MATH_H

typedef float float_t;
typedef double double_t;

#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")
#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL __builtin_huge_vall()

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling 2

#define FP_ILOGBNAN (-1 - 0x7fffffff)
#define FP_ILOGB0 FP_ILOGBNAN

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

#define fpclassify(x) __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)
#define isgreater(x, y) __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y) __builtin_isless(x, y)
#define islessequal(x, y) __builtin_islessequal(x, y)
#define islessgreater(x, y) __builtin_islessgreater(x, y)
#define isunordered(x, y) __builtin_isunordered(x, y)

#define M_E        2.7182818284590452354
#define M_LOG2E    1.4426950408889634074
#define M_LOG10E   0.43429448190325182765
#define M_LN2      0.69314718055994530942
#define M_LN10     2.30258509299404568402
#define M_PI       3.14159265358979323846
#define M_PI_2     1.57079632679489661923
#define M_PI_4     0.78539816339744830962
#define M_1_PI     0.31830988618379067154
#define M_2_PI     0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2    1.41421356237309504880
#define M_SQRT1_2  0.70710678118654752440

/* Every function in three types: double f(double), float ff(float),
 * long double fl(long double). */
#define MATH_FUNCS(T, S) \
	T exp##S(T); T exp2##S(T); T expm1##S(T); T log##S(T); T log2##S(T); \
	T log10##S(T); T log1p##S(T); T pow##S(T, T); T sin##S(T); T cos##S(T); \
	T tan##S(T); T asin##S(T); T acos##S(T); T atan##S(T); T atan2##S(T, T); \
	T sinh##S(T); T cosh##S(T); T tanh##S(T); T asinh##S(T); T acosh##S(T); \
	T atanh##S(T); T cbrt##S(T); T hypot##S(T, T); T erf##S(T); T erfc##S(T); \
	T tgamma##S(T); T lgamma##S(T); T lgamma##S##_r(T, int *); \
	void sincos##S(T, T *, T *); \
	T fabs##S(T); T floor##S(T); T ceil##S(T); T trunc##S(T); T round##S(T); \
	T rint##S(T); T nearbyint##S(T); long lrint##S(T); long long llrint##S(T); \
	long lround##S(T); long long llround##S(T); T sqrt##S(T); T fmod##S(T, T); \
	T remainder##S(T, T); T remquo##S(T, T, int *); T fdim##S(T, T); \
	T fma##S(T, T, T); T ldexp##S(T, int); T scalbn##S(T, int); \
	T scalbln##S(T, long); T frexp##S(T, int *); T modf##S(T, T *); \
	int ilogb##S(T); T logb##S(T); T copysign##S(T, T); T fmin##S(T, T); \
	T fmax##S(T, T); T nextafter##S(T, T); T nexttoward##S(T, long double); \
	T nan##S(const char *);
MATH_FUNCS(double, )
MATH_FUNCS(float, f)
MATH_FUNCS(long double, l)
#undef MATH_FUNCS

extern int signgam;
#endif
