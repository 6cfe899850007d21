/* fabsl: clear the sign (the x87 fabs instruction). */
#include <math.h>

long double fabsl(long double x)
{
	__asm__ ("fabs" : "+t"(x));
	return x;
}
