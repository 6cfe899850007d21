/* fmod: exact remainder of x / y with the sign of x, by the x87 partial
 * remainder instruction (repeated until it reports completion). */
#include <math.h>

double fmod(double x, double y)
{
	long double r = x, d = y;

	__asm__ ("1: fprem\n\tfnstsw %%ax\n\ttestb $4, %%ah\n\tjnz 1b"
	         : "+t"(r) : "u"(d) : "ax", "cc");
	return (double)r;
}
