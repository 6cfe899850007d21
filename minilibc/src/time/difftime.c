/* difftime: the difference of two times in seconds. */
#include <time.h>

double difftime(time_t a, time_t b)
{
	return (double)(a - b);
}
