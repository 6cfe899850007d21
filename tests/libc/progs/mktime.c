/* mktime and timegm: normalising out-of-range fields, the nonexistent
 * and repeated hours of DST changes with tm_isdst -1, 0 and 1, far
 * years and overflow; asctime/asctime_r of the results. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void show(const char *what, time_t t, const struct tm *tm)
{
	printf("  %s -> %lld errno %d: %lld-%02d-%02d %02d:%02d:%02d wday %d yday %d isdst %d off %ld %s",
	       what, (long long)t, errno, tm->tm_year + 1900LL, tm->tm_mon + 1, tm->tm_mday,
	       tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday, tm->tm_isdst,
	       tm->tm_gmtoff, tm->tm_zone ? tm->tm_zone : "(null)");
	char buf[26];
	if (tm->tm_year > -1900 && tm->tm_year < 8000)
		printf(" | %s", asctime_r(tm, buf));
	else
		printf("\n");
}

static void try(long long y, int mon, int d, int h, int min, int s, int isdst)
{
	struct tm tm = { .tm_year = (int)(y - 1900), .tm_mon = mon - 1, .tm_mday = d, .tm_hour = h,
			 .tm_min = min, .tm_sec = s, .tm_isdst = isdst, .tm_wday = 9, .tm_yday = 999 };
	char what[96];
	snprintf(what, sizeof what, "%lld-%d-%d %d:%d:%d dst%d", y, mon, d, h, min, s, isdst);
	errno = 0;
	time_t t = mktime(&tm);
	show(what, t, &tm);
	struct tm g = { .tm_year = (int)(y - 1900), .tm_mon = mon - 1, .tm_mday = d, .tm_hour = h,
			.tm_min = min, .tm_sec = s, .tm_isdst = isdst };
	errno = 0;
	t = timegm(&g);
	show("timegm", t, &g);
}

static void zone(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
	printf("TZ=%s\n", tz);
	for (int dst = -1; dst <= 1; dst++) {
		try(2024, 3, 31, 1, 59, 59, dst);   /* Europe: clocks go 02:00 -> 03:00 */
		try(2024, 3, 31, 2, 30, 0, dst);
		try(2024, 3, 31, 3, 0, 0, dst);
		try(2024, 10, 27, 2, 30, 0, dst);   /* Europe: 03:00 -> 02:00, 02:30 twice */
		try(2024, 10, 27, 3, 30, 0, dst);
		try(2024, 3, 10, 2, 30, 0, dst);    /* US: gap */
		try(2024, 11, 3, 1, 30, 0, dst);    /* US: overlap */
		try(2024, 4, 7, 2, 30, 0, dst);     /* Lord Howe: 30-minute change */
		try(2024, 10, 6, 2, 15, 0, dst);
		try(2024, 7, 1, 12, 0, 0, dst);
		try(2024, 1, 15, 12, 0, 0, dst);
	}
	try(2024, 13, 1, 0, 0, 0, -1);
	try(2024, -1, 31, 0, 0, 0, -1);
	try(2024, 1, 0, 0, 0, 0, -1);
	try(2023, 2, 29, 24, 60, 60, -1);
	try(2024, 2, 29, -1, -1, -1, -1);
	try(2000, 1, 1, 0, 0, -86400 * 365, -1);
	try(2000, 1, 400, 0, 0, 0, -1);
	try(2000, 1, -400, 0, 0, 0, -1);
	try(2000, 25, -10, 100, -1000, 100000, 0);
	try(1900, 1, 1, 0, 0, 0, -1);
	try(1800, 6, 1, 0, 0, 0, -1);
	try(1583, 1, 1, 0, 0, 0, -1);
	try(1, 1, 1, 0, 0, 0, -1);
	try(0, 3, 1, 0, 0, 0, -1);
	try(-1000, 12, 31, 23, 59, 59, -1);
	try(2038, 1, 19, 3, 14, 8, -1);
	try(2100, 2, 29, 0, 0, 0, -1);
	try(2400, 2, 29, 0, 0, 0, 1);
	try(9999, 12, 31, 23, 59, 59, -1);
	try(123456, 7, 1, 0, 0, 0, -1);
	try(2147483647, 12, 31, 23, 59, 59, -1);
	try(2147483647, 13, 1, 0, 0, 0, -1);
	try(2147483647LL + 1900, 12, 31, 23, 59, 59, -1);
	try(2147483647LL + 1900, 12, 31, 23, 59, 60, -1);
	try(2147483647LL + 1900, 12, 31, 24, 0, 0, 1);
	try(-2147483648LL + 1900, 1, 1, 0, 0, 0, -1);
	try(-2147483648LL + 1900, 1, 1, 0, 0, -1, -1);
	try(-2147483648LL + 1900, 0, 1, 0, 0, 0, -1);
}

/* mktime(localtime(t)) in half-hour steps over a year: print where it
 * or the same with tm_isdst -1 is not t (the repeated hour), and the
 * sums of what tm_isdst forced to 0 and 1 shift. */
static void round_trip(const char *tz, int year)
{
	struct tm start = { .tm_year = year - 1900, .tm_mday = 1 };
	long long t0 = timegm(&start);
	int n = 0;
	long long shift0 = 0, shift1 = 0;
	setenv("TZ", tz, 1);
	printf("%s %d:", tz, year);
	for (long long s = t0; s < t0 + 366 * 86400LL; s += 1800) {
		time_t t = s;
		struct tm lt, a, b, c;
		localtime_r(&t, &lt);
		a = b = c = lt;
		a.tm_isdst = -1;
		b.tm_isdst = 0;
		c.tm_isdst = 1;
		time_t ta = mktime(&a), tb = mktime(&b), tc = mktime(&c), tl = mktime(&lt);
		n++;
		shift0 += tb - s;
		shift1 += tc - s;
		if (ta != t || tl != t)
			printf(" %lld:%lld/%lld", s, (long long)tl - s, (long long)ta - s);
	}
	printf(" (%d steps, shifts %lld %lld)\n", n, shift0, shift1);
}

int main(void)
{
	static const char *rt_zones[] = {
		"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Europe/Dublin",
		"America/St_Johns", "Asia/Tokyo", "EST5EDT,M3.2.0,M11.1.0",
		"NZST-12NZDT,M9.5.0,M4.1.0/3", "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1",
		"IST-1GMT0,M10.5.0,M3.5.0/1",
	};
	static const int rt_years[] = { 1900, 1960, 1969, 1996, 2024, 2040, 2200 };
	for (unsigned i = 0; i < sizeof rt_zones / sizeof *rt_zones; i++)
		for (unsigned j = 0; j < sizeof rt_years / sizeof *rt_years; j++)
			round_trip(rt_zones[i], rt_years[j]);

	static const char *zones[] = {
		"UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
		"EST5EDT,M3.2.0,M11.1.0", "CET-1CEST,M3.5.0,M10.5.0/3", "JST-9",
		"NZST-12NZDT,M9.5.0,M4.1.0/3", "Europe/Dublin", "America/Sao_Paulo",
	};
	for (unsigned i = 0; i < sizeof zones / sizeof *zones; i++)
		zone(zones[i]);
	unsetenv("TZ");
	struct tm tm = { .tm_year = 124, .tm_mday = 1, .tm_isdst = -1 };
	printf("unset TZ: %lld\n", (long long)mktime(&tm));
	printf("asctime %s", asctime(&tm));
	struct tm odd = { .tm_year = 99, .tm_mon = 11, .tm_mday = 5, .tm_wday = 7, .tm_hour = 9 };
	printf("asctime odd %s", asctime(&odd));
	odd.tm_mon = 12;
	odd.tm_wday = 0;
	printf("asctime odd %s", asctime(&odd));
	return 0;
}
