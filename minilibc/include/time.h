/* Clocks, sleeping and calendar time.  Local time follows TZ: unset
 * means /etc/localtime, a name means a TZif file under
 * /usr/share/zoneinfo, and a POSIX string ("EST5EDT,M3.2.0,M11.1.0")
 * is used as it is (src/time/__tz_load.c).  strftime and asctime speak
 * the C locale. */
#ifndef _TIME_H
#define _TIME_H
#include <stddef.h>
#include <bits/types.h>

#define CLOCKS_PER_SEC 1000000L
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define TIME_UTC 1

struct tm {
	int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year;
	int tm_wday, tm_yday, tm_isdst;
	long tm_gmtoff;
	const char *tm_zone;
};

time_t time(time_t *);
clock_t clock(void);
int clock_gettime(clockid_t, struct timespec *);
int clock_settime(clockid_t, const struct timespec *);
int nanosleep(const struct timespec *, struct timespec *);
double difftime(time_t, time_t);

struct tm *gmtime(const time_t *);
struct tm *gmtime_r(const time_t *__restrict, struct tm *__restrict);
struct tm *localtime(const time_t *);
struct tm *localtime_r(const time_t *__restrict, struct tm *__restrict);
time_t mktime(struct tm *);
time_t timegm(struct tm *);
size_t strftime(char *__restrict, size_t, const char *__restrict, const struct tm *__restrict);
char *strptime(const char *__restrict, const char *__restrict, struct tm *__restrict);
char *asctime(const struct tm *);
char *asctime_r(const struct tm *__restrict, char *__restrict);
char *ctime(const time_t *);
char *ctime_r(const time_t *, char *);

void tzset(void);
extern char *tzname[2];
extern long timezone;
extern int daylight;
#endif
