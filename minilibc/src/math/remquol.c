/* remquol: the IEEE remainder x - n y with n the integer nearest x/y
 * (ties to even), by fprem1 repeated until complete; the last step
 * leaves the low three bits of n in the condition codes C0, C3, C1.
 * *quo gets those bits with the sign of x/y (0 when the result is a NaN,
 * as musl). */
#include "libm.h"

long double remquol(long double x, long double y, int *quo)
{
	unsigned short sw;
	int negative = signbit(x) != signbit(y);

	__asm__ ("1: fprem1\n\tfnstsw %%ax\n\ttestb $4, %%ah\n\tjnz 1b"
	         : "+t"(x), "=a"(sw) : "u"(y) : "cc");
	int q = (sw >> 9 & 1) | (sw >> 13 & 2) | (sw >> 6 & 4);   /* C1 C3 C0 */
	*quo = isnan(x) ? 0 : negative ? -q : q;
	return x;
}
