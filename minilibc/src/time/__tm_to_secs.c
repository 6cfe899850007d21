/* __tm_to_secs: a broken-down time to seconds, as if it were UTC.  Any
 * field may be out of range: months carry into years, and days, hours,
 * minutes and seconds simply add up (mktime and timegm normalise by
 * converting back). */
#include "time_impl.h"

long long __tm_to_secs(const struct tm *tm)
{
	static const short days_before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
	long long year = tm->tm_year;
	int mon = tm->tm_mon, leap;

	if (mon < 0 || mon >= 12) {
		year += mon / 12;
		mon %= 12;
		if (mon < 0) {
			mon += 12;
			year--;
		}
	}
	long long t = __year_to_secs(year, &leap);
	t += 86400LL * (days_before[mon] + (leap && mon >= 2));
	t += 86400LL * (tm->tm_mday - 1);
	t += 3600LL * tm->tm_hour + 60LL * tm->tm_min + tm->tm_sec;
	return t;
}
