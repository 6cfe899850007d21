/* nanl: a quiet NaN; the tag string is ignored, as musl does. */
#include <math.h>

long double nanl(const char *tag)
{
	(void)tag;
	return NAN;
}
