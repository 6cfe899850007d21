/* labs: absolute value (undefined for the most negative value, as in C). */
#include <stdlib.h>

long labs(long a)
{
	return a < 0 ? -a : a;
}
