/* lrintl: fistp converts in the current rounding mode; out of range (and
 * NaN) it stores the "integer indefinite" 0x8000... and raises invalid,
 * like the SSE conversions musl's lrint relies on. */
#include <math.h>

long lrintl(long double x)
{
	long long r;

	__asm__ ("fistpll %0" : "=m"(r) : "t"(x) : "st");
	return r;
}
