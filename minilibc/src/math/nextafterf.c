/* nextafterf: the float next to x toward y, stepping the bit pattern. */
#include <math.h>
#include <stdint.h>
#include <string.h>

float nextafterf(float x, float y)
{
	uint32_t b;

	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (x == 0)
		return y > 0 ? 0x1p-149f : -0x1p-149f;
	memcpy(&b, &x, 4);
	b += (x < y) == (x > 0) ? 1 : -1;
	memcpy(&x, &b, 4);
	return x;
}
