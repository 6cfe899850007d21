/* fabs: clear the sign bit. */
#include <math.h>
#include <stdint.h>
#include <string.h>

double fabs(double x)
{
	uint64_t b;

	memcpy(&b, &x, 8);
	b &= ~(1ULL << 63);
	memcpy(&x, &b, 8);
	return x;
}
