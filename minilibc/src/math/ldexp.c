/* ldexp: x * 2^n.  Scaling in steps that stay in range keeps every
 * intermediate exact, so only the last multiplication rounds. */
#include <math.h>
#include <stdint.h>
#include <string.h>

static double pow2(int n)      /* 2^n for -1022 <= n <= 1023 */
{
	uint64_t b = (uint64_t)(n + 1023) << 52;
	double d;

	memcpy(&d, &b, 8);
	return d;
}

double ldexp(double x, int n)
{
	while (n > 1023) {
		x *= pow2(1023);
		n -= 1023;
		if (n > 1023 && (x != x || x - x != 0))
			return x;
	}
	while (n < -1022) {
		/* Stop above the subnormal range, then round once. */
		if (n >= -1022 - 53) {
			x *= pow2(n + 53);
			return x * pow2(-53);
		}
		x *= pow2(-1022 + 53 - 1);
		n -= -1022 + 53 - 1;
	}
	return x * pow2(n);
}
