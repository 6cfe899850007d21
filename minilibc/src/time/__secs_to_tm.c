/* __secs_to_tm: split seconds since the Epoch into calendar fields (the
 * date, weekday, day of year and time of day; not the zone fields).
 * Days to civil date by the 400-year era arithmetic (March-based years,
 * so the leap day falls at the end).  Returns -1 when the year does not
 * fit tm_year; like musl, times beyond +-(INT_MAX years of 366 days) are
 * refused before any arithmetic. */
#include "time_impl.h"

int __secs_to_tm(long long secs, struct tm *tm)
{
	static const short before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

	if (secs < INT_MIN * 31622400LL || secs > INT_MAX * 31622400LL)
		return -1;
	long long days = secs / 86400, rem = secs % 86400;
	if (rem < 0) {
		rem += 86400;
		days--;
	}
	long long z = days + 719468;
	long long era = (z >= 0 ? z : z - 146096) / 146097;
	long long doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long long mp = (5 * doy + 2) / 153;
	long long d = doy - (153 * mp + 2) / 5 + 1;
	long long m = mp < 10 ? mp + 3 : mp - 9;
	long long y = yoe + era * 400 + (m <= 2);

	if (y - 1900 > INT_MAX || y - 1900 < INT_MIN)
		return -1;
	int leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
	tm->tm_year = (int)(y - 1900);
	tm->tm_mon = (int)(m - 1);
	tm->tm_mday = (int)d;
	tm->tm_yday = before[m - 1] + (int)d - 1 + (leap && m > 2);
	tm->tm_wday = (int)(((days + 4) % 7 + 7) % 7);
	tm->tm_hour = (int)(rem / 3600);
	tm->tm_min = (int)(rem / 60 % 60);
	tm->tm_sec = (int)(rem % 60);
	return 0;
}
