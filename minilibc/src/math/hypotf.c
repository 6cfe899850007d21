/* hypotf: hypotl rounded once to float. */
#include "libm.h"

float hypotf(float x, float y)
{
	return hypotl(x, y);
}
