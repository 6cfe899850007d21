/* strftime: format a broken-down time (the format engine, one file).
 *
 * Every C11 and POSIX conversion musl has, in the C locale: %a %A %b %B
 * %c %C %d %D %e %F %g %G %h %H %I %j %m %M %n %p %r %R %s %S %t %T %u
 * %U %V %w %W %x %X %y %Y %z %Z %%.  Between '%' and the letter: a pad
 * flag ('-' none, '_' spaces, '0' zeros), '+', a field width (used by
 * %C %F %G %Y only, where '+' asks for a sign on wide years), and E or
 * O (accepted, no effect in the C locale).  An unknown conversion, or a
 * result that does not fit in n bytes, returns 0 as musl does (with the
 * output so far, cut to n - 1 bytes, terminated).
 *
 * wcsftime runs the same engine (__strftime_core) on its format turned
 * into bytes, writing wide characters. */
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "time_impl.h"
#include "wfmt.h"

static int is_leap(long long year)
{
	return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

/* ISO 8601 week-based year of tm, relative to tm_year: -1, 0 or +1; and
 * the week number 1-53.  Week 1 holds the year's first Thursday. */
static int iso_week(const struct tm *tm, int *year_shift)
{
	long long year = tm->tm_year + 1900LL;
	int monday0 = (tm->tm_wday + 6) % 7;              /* Monday is 0 */
	int week = (tm->tm_yday - monday0 + 10) / 7;      /* week of this day's Thursday */

	*year_shift = 0;
	if (week < 1) {
		/* In the last week of the year before: 52, or 53 when that
		 * year began on a Thursday (Wednesday if leap). */
		int prev_days = 365 + is_leap(year - 1);
		int jan1 = ((monday0 - tm->tm_yday - prev_days) % 7 + 7) % 7;
		week = jan1 == 3 || (jan1 == 2 && prev_days == 366) ? 53 : 52;
		*year_shift = -1;
	} else if (week == 53) {
		int jan1 = ((monday0 - tm->tm_yday) % 7 + 7) % 7;
		if (!(jan1 == 3 || (jan1 == 2 && is_leap(year)))) {
			week = 1;
			*year_shift = 1;
		}
	}
	return week;
}

/* One conversion.  Returns its text (maybe in buf) and its length in
 * *len, or 0 for an unknown conversion or an empty composite result. */
static const char *convert(char buf[100], size_t *len, int c, const struct tm *tm, int pad)
{
	const char *composite, *s;
	long long val;
	int width = 2, def_pad = '0', shift;

	switch (c) {
	case 'a':
		s = (unsigned)tm->tm_wday > 6 ? "-" : nl_langinfo(ABDAY_1 + tm->tm_wday);
		goto string;
	case 'A':
		s = (unsigned)tm->tm_wday > 6 ? "-" : nl_langinfo(DAY_1 + tm->tm_wday);
		goto string;
	case 'b':
	case 'h':
		s = (unsigned)tm->tm_mon > 11 ? "-" : nl_langinfo(ABMON_1 + tm->tm_mon);
		goto string;
	case 'B':
		s = (unsigned)tm->tm_mon > 11 ? "-" : nl_langinfo(MON_1 + tm->tm_mon);
		goto string;
	case 'p':
		s = nl_langinfo(tm->tm_hour >= 12 ? PM_STR : AM_STR);
		goto string;
	case 'c': composite = nl_langinfo(D_T_FMT); goto nested;
	case 'x': composite = nl_langinfo(D_FMT); goto nested;
	case 'X': composite = nl_langinfo(T_FMT); goto nested;
	case 'r': composite = nl_langinfo(T_FMT_AMPM); goto nested;
	case 'D': composite = "%m/%d/%y"; goto nested;
	case 'F': composite = "%Y-%m-%d"; goto nested;
	case 'R': composite = "%H:%M"; goto nested;
	case 'T': composite = "%H:%M:%S"; goto nested;
	case 'C': val = (1900LL + tm->tm_year) / 100; break;
	case 'd': val = tm->tm_mday; break;
	case 'e': val = tm->tm_mday; def_pad = '_'; break;
	case 'H': val = tm->tm_hour; break;
	case 'I': val = tm->tm_hour ? tm->tm_hour > 12 ? tm->tm_hour - 12 : tm->tm_hour : 12; break;
	case 'j': val = tm->tm_yday + 1; width = 3; break;
	case 'm': val = tm->tm_mon + 1; break;
	case 'M': val = tm->tm_min; break;
	case 'S': val = tm->tm_sec; break;
	case 's': val = __tm_to_secs(tm) - tm->tm_gmtoff; width = 1; break;
	case 'u': val = tm->tm_wday ? tm->tm_wday : 7; width = 1; break;
	case 'w': val = tm->tm_wday; width = 1; break;
	case 'U': val = (tm->tm_yday + 7U - tm->tm_wday) / 7; break;
	case 'W': val = (tm->tm_yday + 7U - (tm->tm_wday + 6U) % 7) / 7; break;
	case 'V': val = iso_week(tm, &shift); break;
	case 'g':
	case 'G':
		iso_week(tm, &shift);
		val = tm->tm_year + 1900LL + shift;
		if (c == 'g')
			val %= 100;
		else
			width = 4;
		break;
	case 'y':
		val = (tm->tm_year + 1900LL) % 100;
		if (val < 0)
			val = -val;
		break;
	case 'Y':
		val = tm->tm_year + 1900LL;
		if (val >= 10000) {
			*len = snprintf(buf, 100, "+%lld", val);
			return buf;
		}
		width = 4;
		break;
	case 'z':
		if (tm->tm_isdst < 0) {
			*len = 0;
			return "";
		}
		/* hours and minutes of the offset, each keeping its sign */
		*len = snprintf(buf, 100, "%+.4ld", tm->tm_gmtoff / 3600 * 100 + tm->tm_gmtoff % 3600 / 60);
		return buf;
	case 'Z':
		s = tm->tm_isdst < 0 ? "" : __tm_to_tzname(tm);
		goto string;
	case 'n': s = "\n"; goto string;
	case 't': s = "\t"; goto string;
	case '%': s = "%"; goto string;
	default:
		return 0;
	}
	switch (pad ? pad : def_pad) {
	case '-': *len = snprintf(buf, 100, "%lld", val); break;
	case '_': *len = snprintf(buf, 100, "%*lld", width, val); break;
	default: *len = snprintf(buf, 100, "%0*lld", width, val); break;
	}
	return buf;
string:
	*len = strlen(s);
	return s;
nested:
	*len = strftime(buf, 100, composite, tm);
	return *len ? buf : 0;
}

/* Widen a %C %F %G or %Y result to width: digits padded with zeros
 * after any sign; '+' when asked for and the year part is wide (more
 * than 4 digits, 2 for a century).  Writes at s + *l, at most n. */
static void widen(char *s, size_t *l, size_t n, const char **t, size_t *k,
		  unsigned long width, int plus, int c, const struct tm *tm)
{
	if (**t == '+' || **t == '-')
		++*t, --*k;
	while (**t == '0' && (*t)[1] >= '0' && (*t)[1] <= '9')
		++*t, --*k;
	if (width < *k)
		width = *k;
	size_t digits = 0;
	while ((*t)[digits] >= '0' && (*t)[digits] <= '9')
		digits++;
	if (tm->tm_year < -1900) {
		s[(*l)++] = '-';
		width--;
	} else if (plus && digits + (width - *k) >= (c == 'C' ? 3u : 5u)) {
		s[(*l)++] = '+';
		width--;
	}
	for (; width > *k && *l < n; width--)
		s[(*l)++] = '0';
}

/* A conversion's text as wcsftime writes it, as musl 1.2.3's does:
 * decoded with mbstowcs (-1 when it cannot be), and widened by that
 * version's own rule (any leading signs and zeros dropped, '+' for a
 * year past 9999 when asked, '-' for one before year 0). */
static int widen_wide(wchar_t *s, size_t *l, size_t n, const char *t_mb, size_t *k,
                      unsigned long width, int plus, const struct tm *tm, wchar_t wbuf[100])
{
	const wchar_t *t = wbuf;

	if ((*k = mbstowcs(wbuf, t_mb, 100)) == (size_t)-1)
		return -1;
	if (width) {
		for (; *t == '+' || *t == '-' || (*t == '0' && t[1]); t++, --*k)
			;
		width--;
		if (plus && tm->tm_year >= 10000 - 1900)
			s[(*l)++] = '+';
		else if (tm->tm_year < -1900)
			s[(*l)++] = '-';
		else
			width++;
		for (; width > *k && *l < n; width--)
			s[(*l)++] = '0';
	}
	if (*k >= n - *l)
		*k = n - *l;
	wmemcpy(s + *l, t, *k);
	return 0;
}

/* The engine of strftime (ws null: bytes to s) and wcsftime (wide
 * characters to ws, the format from __wfmt_narrow). */
hidden size_t __strftime_core(char *restrict s, wchar_t *restrict ws, size_t n,
                              const char *restrict f, const struct tm *restrict tm)
{
	char buf[100];
	wchar_t wbuf[100];
	size_t l = 0, k;

	for (; l < n; f++) {
		if (!*f) {
			if (ws)
				ws[l] = 0;
			else
				s[l] = 0;
			return l;
		}
		if (*f != '%') {
			const unsigned char *p = (const unsigned char *)f;
			if (ws) {
				ws[l++] = __wfmt_char(&p);
				f = (const char *)p - 1;   /* the loop steps past it */
			} else {
				s[l++] = *f;
			}
			continue;
		}
		f++;
		int pad = 0, plus;
		if (*f == '-' || *f == '_' || *f == '0')
			pad = *f++;
		if ((plus = *f == '+'))
			f++;
		/* musl reads a width with strtoul, so its rules (leading
		 * blanks, a sign) apply; it only counts before C F G Y. */
		char *after;
		unsigned long width = strtoul(f, &after, 10);
		if (*after == 'C' || *after == 'F' || *after == 'G' || *after == 'Y') {
			if (!width && after != f)
				width = 1;
		} else {
			width = 0;
		}
		f = after;
		if (*f == 'E' || *f == 'O')
			f++;
		const char *t = convert(buf, &k, *f, tm, pad);
		if (!t)
			break;
		if (ws) {
			if (widen_wide(ws, &l, n, t, &k, width, plus, tm, wbuf) < 0)
				return 0;
			l += k;
			continue;
		}
		if (width)
			widen(s, &l, n, &t, &k, width, plus, *after, tm);
		if (k > n - l)
			k = n - l;
		memcpy(s + l, t, k);
		l += k;
	}
	if (n) {
		if (l == n)
			l = n - 1;
		if (ws)
			ws[l] = 0;
		else
			s[l] = 0;
	}
	return 0;
}

size_t strftime(char *restrict s, size_t n, const char *restrict f, const struct tm *restrict tm)
{
	return __strftime_core(s, 0, n, f, tm);
}
