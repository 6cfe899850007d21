/* Shared by the calendar and time-zone code in src/time.
 *
 * Seconds are counted in long long throughout, so that a year anywhere
 * in the range of tm_year (an int) can be converted without overflow.
 * The zone state (which TZ was loaded, the mapped TZif file, the POSIX
 * rule) lives in one struct, __tz, filled by __tz_load. */
#ifndef _INTERNAL_TIME_IMPL_H
#define _INTERNAL_TIME_IMPL_H
#include <time.h>
#include <limits.h>
#include <wchar.h>
#include "libc.h"

/* "UTC": the zone name of gmtime and of an unknown or empty TZ.  One
 * object, so strftime's %Z can recognise it by address as musl does. */
extern hidden const char __utc[];

/* strftime's engine; with ws it writes wide characters there (wcsftime,
 * the format from __wfmt_narrow) instead of bytes to s. */
hidden size_t __strftime_core(char *s, wchar_t *ws, size_t n, const char *f, const struct tm *tm);

/* Calendar arithmetic (no zones).  Years are counted from 1900 as in
 * tm_year.  __secs_to_tm fills the date and time-of-day fields only and
 * returns -1 when the year does not fit tm_year. */
hidden long long __year_to_secs(long long year, int *is_leap);
hidden long long __tm_to_secs(const struct tm *tm);
hidden int __secs_to_tm(long long t, struct tm *tm);

/* A DST start or end in a POSIX TZ string: "Jn" (kind 'J', day 1-365,
 * Feb 29 never counted), "n" (kind 0, day 0-365), or "Mm.w.d" (kind
 * 'M'); time is seconds after local midnight (default 02:00). */
struct __tz_rule {
	int kind, day, month, week, wday, time;
};

struct __tz {
	int loaded;                  /* tz_value holds the TZ last loaded */
	char tz_value[PATH_MAX + 2];
	/* The mapped TZif file, or map == 0.  Times are 4 bytes (v1 data)
	 * or 8 (v2+ data), big-endian; each type is 6 bytes: utoff (4),
	 * isdst (1), abbreviation index (1). */
	const unsigned char *map;
	size_t map_size;
	const unsigned char *trans, *index, *types;
	size_t ntrans, ntypes, time_size;
	const char *abbrevs;
	size_t abbrevs_len;
	int has_footer;              /* a POSIX rule follows the data */
	/* The POSIX rule: from TZ itself or from the TZif footer.  Offsets
	 * are seconds west of UTC, as the variable timezone. */
	char std_name[TZNAME_MAX + 1], dst_name[TZNAME_MAX + 1];
	long std_west, dst_west;
	int has_dst;
	struct __tz_rule start, end;
};
extern hidden struct __tz __tz;

/* A TZif type's offset east of UTC (its first 4 bytes, signed). */
static inline long __tz_type_offset(const unsigned char *type)
{
	return (int)((unsigned)type[0] << 24 | (unsigned)type[1] << 16 |
		     (unsigned)type[2] << 8 | type[3]);
}

/* Read TZ (or /etc/localtime) unless it is what was loaded last. */
hidden void __tz_load(void);
/* Parse a POSIX TZ string (possibly ending in '\n', as a TZif footer)
 * into the rule part of __tz and the public tzname/timezone/daylight. */
hidden void __tz_parse_posix(const char *s);
/* A zone name in a TZ string: letters, or anything between '<' and '>';
 * cut at TZNAME_MAX.  Advances *p past it. */
hidden void __tz_read_name(char name[TZNAME_MAX + 1], const char **p);
/* Under the POSIX rule, whether t is in DST.  local: t is local wall
 * time (mktime) rather than seconds since the Epoch. */
hidden int __tz_rule_is_dst(long long t, int local);
/* The TZif type for t, or -1 when the footer's rule decides; *alt gets
 * a nearby type of the opposite DST status (for mktime). */
hidden long __tz_find_type(long long t, int local, size_t *alt);

/* The zone in effect at t (seconds since the Epoch, or local wall time
 * when local is set): DST flag, offset east of UTC, the offset of the
 * opposite DST status (may be 0), and the abbreviation. */
hidden void __secs_to_zone(long long t, int local, int *isdst, long *offset,
			   long *opposite, const char **zone);
/* The zone name for strftime's %Z: tm_zone if it is one this library
 * handed out for the current TZ, else "" (musl's rule). */
hidden const char *__tm_to_tzname(const struct tm *tm);
#endif
