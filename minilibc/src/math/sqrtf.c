/* sqrtf: square root (double's 53 bits are more than 2 * 24 + 2, so rounding the double root to float is the correctly rounded float root), through sqrt (exact for every float). */
#include <math.h>

float sqrtf(float x)
{
	return sqrt(x);
}
