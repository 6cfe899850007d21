/* fmaf: x y + z rounded once to float (__fma_core at 24 bits). */
#include "libm.h"

float fmaf(float x, float y, float z)
{
	if (!isfinite(x) || !isfinite(y) || !isfinite(z) || x == 0 || y == 0)
		return (double)x * y + z;       /* exact product, one rounding */
	return __fma_core(x, y, z, 24, -149);
}
