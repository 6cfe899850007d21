/* ceilf: toward plus infinity, through ceil (exact for every float). */
#include <math.h>

float ceilf(float x)
{
	return ceil(x);
}
