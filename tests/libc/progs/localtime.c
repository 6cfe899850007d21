/* localtime in TZif zones and POSIX TZ strings: DST transitions, the
 * POSIX footer rule after the last transition, far past and future;
 * tzname, timezone and daylight after tzset; ctime. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void show(time_t t)
{
	struct tm tm;
	errno = 0;
	if (!localtime_r(&t, &tm)) {
		printf("  %lld: NULL errno %d\n", (long long)t, errno);
		return;
	}
	printf("  %lld: %d-%02d-%02d %02d:%02d:%02d wday %d yday %d isdst %d off %ld %s\n",
	       (long long)t, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	       tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday, tm.tm_isdst, tm.tm_gmtoff,
	       tm.tm_zone ? tm.tm_zone : "(null)");
}

/* Every change of offset or DST flag in a year, found in half-hour steps. */
static void changes(int year)
{
	struct tm start = { .tm_year = year - 1900, .tm_mday = 1 };
	long long t0 = timegm(&start) - 86400, t1 = t0 + 367 * 86400LL;
	struct tm prev, cur;
	time_t t = t0;
	localtime_r(&t, &prev);
	printf("  %d:", year);
	for (long long s = t0 + 1800; s < t1; s += 1800) {
		t = s;
		localtime_r(&t, &cur);
		if (cur.tm_gmtoff != prev.tm_gmtoff || cur.tm_isdst != prev.tm_isdst)
			printf(" %lld->%02d:%02d%+ld%s", s, cur.tm_hour, cur.tm_min, cur.tm_gmtoff,
			       cur.tm_isdst ? "D" : "");
		prev = cur;
	}
	printf("\n");
}

static void zone(const char *tz)
{
	static const long long stamps[] = {
		0, -1, 86399, 951782400, 1234567890, 1711846799, 1711846800, 1729990799,
		1729990800, 1710054000, 1710053999, 1730613600, 1730613599, 2147483647,
		2147483648LL, 4102444800LL, 4133980799LL, 32503680000LL, 253402300799LL,
		-2208988800LL, -5000000000LL, -62135596800LL, -100000000000LL,
		1000000000000LL, 67767976233532799LL, 67767976233532800LL,
		-67768040609740800LL, -67768040609740801LL, 1696089600, 1680307200,
		1743901200, 1759622400, 1041375600, 1099180800,
	};
	if (tz)
		setenv("TZ", tz, 1);
	else
		unsetenv("TZ");
	tzset();
	printf("TZ=%s: tzname %s/%s timezone %ld daylight %d\n", tz ? tz : "(unset)",
	       tzname[0], tzname[1], timezone, daylight);
	for (unsigned i = 0; i < sizeof stamps / sizeof *stamps; i++)
		show(stamps[i]);
	/* around each hour of two transition days, every 30 minutes */
	for (long long t = 1711846800 - 7200; t <= 1711846800 + 7200; t += 1800)
		show(t);
	for (long long t = 1730613600 - 7200; t <= 1730613600 + 7200; t += 1800)
		show(t);
	static const int years[] = { 1890, 1916, 1950, 1969, 1970, 2024, 2037, 2038, 2100, 2500 };
	for (unsigned i = 0; i < sizeof years / sizeof *years; i++)
		changes(years[i]);
}

int main(void)
{
	static const char *zones[] = {
		0, "", "UTC", "UTC0", "GMT", "JST-9", "EST5EDT,M3.2.0,M11.1.0",
		"EST5EDT", "CET-1CEST,M3.5.0,M10.5.0/3", "NZST-12NZDT,M9.5.0,M4.1.0/3",
		"<+0330>-3:30", "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", "AAA3BBB,J60,J300/1:30",
		"XYZ-5:45ABC-6,100/1,200", "LONGNAMES5LONGERNAME", "Europe/Berlin",
		":Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe",
		"Asia/Kolkata", "America/Sao_Paulo", "Europe/Dublin", "America/St_Johns",
		"Pacific/Apia", "Africa/Casablanca", "Europe/London", "Etc/GMT+5",
		"No/Such_Zone", "Europe/../Europe/Berlin", "/usr/share/zoneinfo/Asia/Kathmandu",
		"garbage", "CET", "EST5EDT4,M3.2.0/-1,M11.1.0/26", "<+05>-5", "UTC+3",
		"GMT0BST,M3.5.0/1,M10.5.0", "AEST-10AEDT,M10.1.0,M4.1.0/3",
		"IST-1GMT0,M10.5.0,M3.5.0/1", "ABC+2:30:15DEF+1:15,M1.1.0/0,M12.5.6/23:59:59",
		"WET0WEST,J1/1,J364/25", "X1Y,0/0,365/0", "Z-14", "Etc/UTC", "UTC-", "<AB",
	};
	for (unsigned i = 0; i < sizeof zones / sizeof *zones; i++)
		zone(zones[i]);
	static char long_tz[5000];
	memset(long_tz, 'A', sizeof long_tz - 1);
	zone(long_tz);
	long_tz[300] = 0;
	zone(long_tz);
	setenv("TZ", "America/New_York", 1);
	time_t t = 1234567890;
	printf("ctime %s", ctime(&t));
	char buf[26];
	printf("ctime_r %s", ctime_r(&t, buf));
	t = 1000000000000000000LL;
	errno = 0;
	printf("ctime far %p errno %d\n", (void *)ctime(&t), errno);
	struct tm *tm = localtime(&t);
	printf("localtime far %p\n", (void *)tm);
	return 0;
}
