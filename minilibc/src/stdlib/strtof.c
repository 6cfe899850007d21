/* strtof: parse a float.  Rounding through double first can round twice;
 * it is exact except for inputs within a hair of a float halfway point. */
#include <stdlib.h>
#include "strto.h"

float strtof(const char *restrict s, char **restrict end)
{
	return (float)__floatscan(s, end);
}
