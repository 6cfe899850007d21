/* nanf: a quiet NaN; the tag string is ignored, as musl does. */
#include <math.h>

float nanf(const char *tag)
{
	(void)tag;
	return NAN;
}
