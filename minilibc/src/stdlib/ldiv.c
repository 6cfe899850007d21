/* ldiv: quotient and remainder together (C division truncates toward 0). */
#include <stdlib.h>

ldiv_t ldiv(long num, long den)
{
	return (ldiv_t){ num / den, num % den };
}
