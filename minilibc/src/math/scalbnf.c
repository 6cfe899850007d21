/* scalbnf: ldexpf (radix 2). */
#include <math.h>

float scalbnf(float x, int n)
{
	return ldexpf(x, n);
}
