/* gmtime_r: split seconds since the Epoch into UTC calendar fields.  A
 * year that tm_year (an int) cannot hold gives NULL and EOVERFLOW, as
 * musl. */
#include <errno.h>
#include "time_impl.h"

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	if (__secs_to_tm(*t, tm) < 0) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = __utc;
	return tm;
}
