/* llrintf: llrintl (every float is exact in long double). */
#include <math.h>

long long llrintf(float x)
{
	return llrintl(x);
}
