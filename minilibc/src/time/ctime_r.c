/* ctime_r: asctime_r of localtime_r, NULL when t is out of range. */
#include <time.h>

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;
	return localtime_r(t, &tm) ? asctime_r(&tm, buf) : 0;
}
