/* lldiv: quotient and remainder together (C division truncates toward 0). */
#include <stdlib.h>

lldiv_t lldiv(long long num, long long den)
{
	return (lldiv_t){ num / den, num % den };
}
