/* fmodl: exact remainder with the sign of x, by the x87 partial
 * remainder instruction (repeated until it reports completion). */
#include "libm.h"

long double fmodl(long double x, long double y)
{
	__asm__ ("1: fprem\n\tfnstsw %%ax\n\ttestb $4, %%ah\n\tjnz 1b"
	         : "+t"(x) : "u"(y) : "ax", "cc");
	return x;
}
