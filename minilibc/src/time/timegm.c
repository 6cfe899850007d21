/* timegm: the inverse of gmtime; normalises *tm as mktime does, in UTC. */
#include <errno.h>
#include "time_impl.h"

time_t timegm(struct tm *tm)
{
	struct tm out;
	long long t = __tm_to_secs(tm);

	if (__secs_to_tm(t, &out) < 0) {
		errno = EOVERFLOW;
		return -1;
	}
	out.tm_isdst = 0;
	out.tm_gmtoff = 0;
	out.tm_zone = __utc;
	*tm = out;
	return t;
}
