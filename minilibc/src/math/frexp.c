/* frexp: split x into a fraction in [0.5, 1) and a power of two. */
#include <math.h>
#include <stdint.h>
#include <string.h>

double frexp(double x, int *e)
{
	uint64_t b;
	int ex;

	memcpy(&b, &x, 8);
	ex = b >> 52 & 0x7ff;
	if (!ex) {
		if (x == 0) {
			*e = 0;
			return x;
		}
		x = frexp(x * 18446744073709551616.0, e);   /* 2^64 */
		*e -= 64;
		return x;
	}
	if (ex == 0x7ff) {
		*e = 0;
		return x;
	}
	*e = ex - 1022;
	b = (b & ~(0x7ffULL << 52)) | (0x3feULL << 52);
	memcpy(&x, &b, 8);
	return x;
}
