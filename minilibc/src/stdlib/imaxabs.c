/* imaxabs: absolute value (undefined for the most negative value, as in C). */
#include <inttypes.h>

intmax_t imaxabs(intmax_t a)
{
	return a < 0 ? -a : a;
}
