/* fmodf: through fmod, exact for every float. */
#include <math.h>

float fmodf(float x, float y)
{
	return fmod(x, y);
}
