/* gmtime: gmtime_r into a static struct. */
#include <time.h>

struct tm *gmtime(const time_t *t)
{
	static struct tm tm;
	return gmtime_r(t, &tm);
}
