/* lrintf: lrintl (every float is exact in long double). */
#include <math.h>

long lrintf(float x)
{
	return lrintl(x);
}
