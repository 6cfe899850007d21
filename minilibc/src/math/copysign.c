/* copysign: the magnitude of x with the sign of y. */
#include <math.h>
#include <stdint.h>
#include <string.h>

double copysign(double x, double y)
{
	uint64_t bx, by;

	memcpy(&bx, &x, 8);
	memcpy(&by, &y, 8);
	bx = (bx & ~(1ULL << 63)) | (by & (1ULL << 63));
	memcpy(&x, &bx, 8);
	return x;
}
