/* Clocks move forward; gmtime splits fixed timestamps; nanosleep sleeps. */
#include <stdio.h>
#include <time.h>
#include <sys/time.h>

int main(void)
{
	time_t stamps[] = { 0, 951782400, 1234567890, 2147483647, 4102444800, -86400, 1709210096 };
	for (unsigned i = 0; i < sizeof stamps / sizeof *stamps; i++) {
		struct tm tm;
		gmtime_r(&stamps[i], &tm);
		printf("%ld: %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d\n", (long)stamps[i],
		       tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
		       tm.tm_sec, tm.tm_wday, tm.tm_yday);
	}
	struct timespec a, b, req = { 0, 20000000 };
	clock_gettime(CLOCK_MONOTONIC, &a);
	nanosleep(&req, 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
	printf("slept >= 20ms: %d\n", ms >= 20);
	struct timeval tv;
	gettimeofday(&tv, 0);
	time_t t = time(0);
	printf("time agrees with gettimeofday %d\n", t - tv.tv_sec <= 1);
	printf("clock nonnegative %d\n", clock() >= 0);
	printf("difftime %g\n", difftime(10, 4));
	return 0;
}
