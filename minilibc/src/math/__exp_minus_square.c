/* __exp_minus_square: e^(-x^2) for erf and erfc.  x^2 = hi + lo exactly;
 * e^(-hi - lo) = e^-hi (1 - lo), lo being below 2^-50. */
#include "libm.h"

long double __exp_minus_square(long double x)
{
	long double hi, lo;

	two_prod(x, x, &hi, &lo);
	return expl(-hi) * (1 - lo);
}
