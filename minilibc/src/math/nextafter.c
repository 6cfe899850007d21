/* nextafter: the double next to x in the direction of y, by stepping the
 * bit pattern (which orders like the values within one sign). */
#include <math.h>
#include <stdint.h>
#include <string.h>

double nextafter(double x, double y)
{
	uint64_t b;

	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (x == 0)
		return y > 0 ? 0x1p-1074 : -0x1p-1074;
	memcpy(&b, &x, 8);
	b += (x < y) == (x > 0) ? 1 : -1;
	memcpy(&x, &b, 8);
	return x;
}
