/* gmtime_r: split seconds since the Epoch into UTC calendar fields.
 * Days to civil date by the usual 400-year-era arithmetic (March-based
 * years, so the leap day falls at the end).  A year that tm_year (an
 * int) cannot hold gives NULL and EOVERFLOW, as musl. */
#include <time.h>
#include <errno.h>
#include <limits.h>

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	long secs = *t, days = secs / 86400, rem = secs % 86400;

	if (rem < 0) {
		rem += 86400;
		days--;
	}
	long z = days + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp < 10 ? mp + 3 : mp - 9;
	long y = yoe + era * 400 + (m <= 2);

	if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->tm_hour = rem / 3600;
	tm->tm_min = rem / 60 % 60;
	tm->tm_sec = rem % 60;
	tm->tm_wday = (int)(((days + 4) % 7 + 7) % 7);
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	static const short before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

	tm->tm_year = (int)(y - 1900);
	tm->tm_mon = (int)(m - 1);
	tm->tm_mday = (int)d;
	tm->tm_yday = before[m - 1] + (int)d - 1 + (leap && m > 2);
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "UTC";
	return tm;
}
