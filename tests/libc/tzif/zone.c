/* Print the zone TZ names and a few local times in it, for tzif.bats. */
#include <stdio.h>
#include <time.h>

int main(void)
{
	static const long long stamps[] = { -2000000000, 0, 1234567890, 1711846800, 2100000000 };
	tzset();
	printf("%s/%s %d %d\n", tzname[0], tzname[1], (int)timezone, daylight);
	for (unsigned i = 0; i < sizeof stamps / sizeof *stamps; i++) {
		time_t t = stamps[i];
		struct tm *tm = localtime(&t);
		char buf[64];
		strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %z %Z", tm);
		printf("%lld %s %d\n", (long long)t, buf, tm->tm_isdst);
	}
	return 0;
}
