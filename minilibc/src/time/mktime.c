/* mktime: local calendar fields to seconds since the Epoch, normalising
 * every field of *tm.
 *
 * The fields are first read as local wall time; the zone in force at
 * that wall time gives the offset.  tm_isdst < 0 lets the zone decide
 * (a time in a spring-forward gap or fall-back overlap goes by the
 * clock in force before the change); tm_isdst >= 0 that disagrees with
 * the zone applies the other DST status's offset instead, as musl. */
#include <errno.h>
#include "time_impl.h"

time_t mktime(struct tm *tm)
{
	struct tm out;
	long opposite;
	long long t = __tm_to_secs(tm);

	__secs_to_zone(t, 1, &out.tm_isdst, &out.tm_gmtoff, &opposite, &out.tm_zone);
	if (tm->tm_isdst >= 0 && out.tm_isdst != tm->tm_isdst)
		t -= opposite - out.tm_gmtoff;
	t -= out.tm_gmtoff;
	if ((time_t)t != t)
		goto overflow;
	__secs_to_zone(t, 0, &out.tm_isdst, &out.tm_gmtoff, &opposite, &out.tm_zone);
	if (__secs_to_tm(t + out.tm_gmtoff, &out) < 0)
		goto overflow;
	*tm = out;
	return t;
overflow:
	errno = EOVERFLOW;
	return -1;
}
