/* erfl: below 3 the series erf x = 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) /
 * (1 3 5 ... (2n+1)), whose terms are all positive (no cancellation, as
 * the alternating Taylor series would have); above, 1 - erfc x. */
#include "libm.h"

long double erfl(long double x)
{
	long double a = fabsl(x), r;

	if (isnan(x))
		return x + x;
	if (a >= 3) {
		r = a > 7 ? 1 - 0x1p-100L : 1 - erfcl(a);
	} else {
		long double z = 2 * a * a, term = a, sum = a;
		for (int n = 1; term > sum * 0x1p-68L; n++) {
			term *= z / (2 * n + 1);
			sum += term;
		}
		r = 2 * RSQRTPI_L * __exp_minus_square(a) * sum;
	}
	return signbit(x) ? -r : r;
}
