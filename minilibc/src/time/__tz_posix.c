/* POSIX TZ strings: "std offset [dst [offset] [,start[/time],end[/time]]]",
 * e.g. "EST5EDT,M3.2.0,M11.1.0" or "<+0330>-3:30".  They come from TZ
 * itself or from the footer line of a TZif file (which ends in '\n',
 * so every scan here also stops there).
 *
 * __tz_parse_posix fills the rule part of __tz and the public tzname,
 * timezone and daylight; __tz_rule_is_dst evaluates the rule.  Parsing
 * is as lenient as musl's: missing parts read as zero, names are cut at
 * TZNAME_MAX, and a DST name without rules means DST all year. */
#include <ctype.h>
#include <string.h>
#include "time_impl.h"

static int read_number(const char **p)
{
	unsigned n = 0;

	while (**p >= '0' && **p <= '9')
		n = n * 10 + (unsigned)(*(*p)++ - '0');
	return (int)n;
}

/* [+-]hh[:mm[:ss]] in seconds; positive is west of UTC. */
static int read_offset(const char **p)
{
	int sign = 1;

	if (**p == '-' || **p == '+')
		sign = *(*p)++ == '-' ? -1 : 1;
	int secs = 3600 * read_number(p);
	if (**p == ':') {
		++*p;
		secs += 60 * read_number(p);
		if (**p == ':') {
			++*p;
			secs += read_number(p);
		}
	}
	return sign * secs;
}

/* A name: letters, or anything between '<' and '>'. */
void __tz_read_name(char name[TZNAME_MAX + 1], const char **p)
{
	const char *s = *p;
	size_t n = 0;

	if (*s == '<') {
		for (s++; *s && *s != '>' && *s != '\n'; s++)
			if (n < TZNAME_MAX)
				name[n++] = *s;
		if (*s == '>')
			s++;
	} else {
		for (; (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'); s++)
			if (n < TZNAME_MAX)
				name[n++] = *s;
	}
	name[n] = 0;
	*p = s;
}

/* "Jn", "n" or "Mm.w.d", then an optional "/time". */
static void read_rule(struct __tz_rule *r, const char **p)
{
	memset(r, 0, sizeof *r);
	if (**p == 'M') {
		r->kind = 'M';
		++*p;
		r->month = read_number(p);
		if (**p)
			++*p;
		r->week = read_number(p);
		if (**p)
			++*p;
		r->wday = read_number(p);
	} else {
		if (**p == 'J') {
			r->kind = 'J';
			++*p;
		}
		r->day = read_number(p);
	}
	r->time = 7200;
	if (**p == '/') {
		++*p;
		r->time = read_offset(p);
	}
}

void __tz_parse_posix(const char *s)
{
	struct __tz *z = &__tz;

	__tz_read_name(z->std_name, &s);
	z->std_west = read_offset(&s);
	__tz_read_name(z->dst_name, &s);
	z->has_dst = z->dst_name[0] != 0;
	if (!z->has_dst)
		z->dst_west = z->std_west;
	else if (*s == '+' || *s == '-' || isdigit((unsigned char)*s))
		z->dst_west = read_offset(&s);
	else
		z->dst_west = z->std_west - 3600;
	if (*s == ',') {
		s++;
		read_rule(&z->start, &s);
	}
	if (*s == ',') {
		s++;
		read_rule(&z->end, &s);
	}
	tzname[0] = z->std_name;
	tzname[1] = z->dst_name;
	timezone = z->std_west;
	daylight = z->has_dst;
}

static int month_days(int month, int leap)
{
	static const char days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return days[month - 1] + (month == 2 && leap);
}

/* When rule r strikes in year (from 1900), as local time in seconds
 * (the wall clock of the time being left).  The weekday of a month's
 * first day is taken with C's truncating %, as musl does: before 1970
 * that can pick the week after.  (musl also narrows the year to int
 * here, which misplaces rules for years near INT_MIN; we do not.) */
static long long rule_time(const struct __tz_rule *r, long long year)
{
	static const short days_before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
	int leap;
	long long t = __year_to_secs(year, &leap);

	if (r->kind != 'M') {
		int day = r->day;
		if (r->kind == 'J' && (day < 60 || !leap))
			day--;
		t += 86400LL * day;
	} else {
		int month = r->month >= 1 && r->month <= 12 ? r->month : 1;
		t += 86400LL * (days_before[month - 1] + (leap && month > 2));
		int first_wday = (int)((t + 4 * 86400LL) % (7 * 86400LL) / 86400);
		int days = r->wday - first_wday;
		if (days < 0)
			days += 7;
		int week = r->week;
		if (week == 5 && days + 28 >= month_days(month, leap))
			week = 4;
		t += 86400LL * (days + 7 * (week - 1));
	}
	return t + r->time;
}

int __tz_rule_is_dst(long long t, int local)
{
	const struct __tz *z = &__tz;
	/* The year holding t: a first guess from the mean Gregorian year,
	 * then corrected. */
	long long year = t / 31556952 + 70;

	while (__year_to_secs(year, 0) > t)
		year--;
	while (__year_to_secs(year + 1, 0) < t)
		year++;
	long long start = rule_time(&z->start, year), end = rule_time(&z->end, year);
	if (!local) {
		start += z->std_west;
		end += z->dst_west;
	}
	if (start < end)
		return t >= start && t < end;
	return !(t >= end && t < start);  /* southern hemisphere: DST spans the new year */
}
