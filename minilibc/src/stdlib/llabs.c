/* llabs: absolute value (undefined for the most negative value, as in C). */
#include <stdlib.h>

long long llabs(long long a)
{
	return a < 0 ? -a : a;
}
