/* nan: a quiet NaN; the tag string is ignored, as musl does. */
#include <math.h>

double nan(const char *tag)
{
	(void)tag;
	return NAN;
}
