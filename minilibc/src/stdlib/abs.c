/* abs: absolute value (undefined for the most negative value, as in C). */
#include <stdlib.h>

int abs(int a)
{
	return a < 0 ? -a : a;
}
