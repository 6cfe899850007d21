/* localtime_r: seconds since the Epoch to local calendar fields in the
 * zone TZ names (see __tz_load). */
#include <errno.h>
#include "time_impl.h"

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	/* Refused before the zone lookup, whose year arithmetic needs it. */
	if (*t < INT_MIN * 31622400LL || *t > INT_MAX * 31622400LL) {
		errno = EOVERFLOW;
		return 0;
	}
	__secs_to_zone(*t, 0, &tm->tm_isdst, &tm->tm_gmtoff, 0, &tm->tm_zone);
	if (__secs_to_tm((long long)*t + tm->tm_gmtoff, tm) < 0) {
		errno = EOVERFLOW;
		return 0;
	}
	return tm;
}
