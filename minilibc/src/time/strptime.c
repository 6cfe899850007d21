/* strptime: read a time from s as the format f describes, into the
 * fields of *tm the format names (the others are left alone), as musl
 * does:
 *   - a space in f matches any run of white space in s, other characters
 *     themselves; %n and %t are white space too, %% a '%';
 *   - numbers: %d %e %H %I %j %m %M %S %w %U %W take at most as many
 *     digits as their largest value has and must be in range (%U and %W
 *     are read and not stored); %Y %C %y take a width (default 4, 2, 2)
 *     and a sign; %y alone is 1969-2068, with %C it is within the century;
 *   - names: %a %A %b %B %h match a day or month name, full or short, in
 *     any case; %p AM/PM adjusts the hour read so far;
 *   - %c %D %r %R %T %x %X are the formats they stand for.
 * Returns where reading stopped, or NULL when s does not match. */
#include <time.h>
#include <ctype.h>
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
	int century, year2;   /* %C and %y, combined at the end */
	int want;             /* 1: %y seen, 2: %C seen */
} Years;

/* At most as many digits as lo + span - 1 has, a value in [lo, lo+span). */
static const char *in_range(const char *s, int *out, int lo, int span, int adj)
{
	int v = 0;
	if (!isdigit((unsigned char)*s))
		return 0;
	for (int lim = 1; lim <= lo + span && isdigit((unsigned char)*s); lim *= 10)
		v = v * 10 + (*s++ - '0');
	if ((unsigned)(v - lo) >= (unsigned)span)
		return 0;
	*out = v - adj;
	return s;
}

/* An optionally signed number of at most width digits. */
static const char *digits(const char *s, int *out, int width, int adj)
{
	int neg = *s == '-', v = 0, i = 0;
	s += *s == '+' || *s == '-';
	if (!isdigit((unsigned char)*s))
		return 0;
	for (; i < width && isdigit((unsigned char)*s); i++)
		v = v * 10 + (*s++ - '0');
	*out = (neg ? -v : v) - adj;
	return s;
}

/* One of the n names from item first (and the n after: their long or
 * short forms), longest candidates first. */
static const char *name(const char *s, int *out, nl_item first, int n)
{
	for (int i = 2 * n - 1; i >= 0; i--) {
		const char *nm = nl_langinfo(first + i);
		size_t len = strlen(nm);
		if (!strncasecmp(s, nm, len)) {
			*out = i % n;
			return s + len;
		}
	}
	return 0;
}

static const char *ampm(const char *s, struct tm *tm)
{
	for (int pm = 0; pm < 2; pm++) {
		const char *m = nl_langinfo(pm ? PM_STR : AM_STR);
		size_t len = strlen(m);
		if (!strncasecmp(s, m, len)) {
			tm->tm_hour = tm->tm_hour % 12 + 12 * pm;
			return s + len;
		}
	}
	return 0;
}

static const char *parse(const char *s, const char *f, struct tm *tm, Years *y);

/* One conversion, c, with the width w (-1: none given). */
static const char *convert(const char *s, int c, int w, struct tm *tm, Years *y)
{
	int ignored;
	switch (c) {
	case 'a': case 'A': return name(s, &tm->tm_wday, ABDAY_1, 7);
	case 'b': case 'B': case 'h': return name(s, &tm->tm_mon, ABMON_1, 12);
	case 'c': return parse(s, nl_langinfo(D_T_FMT), tm, y);
	case 'C': y->want |= 2; return digits(s, &y->century, w < 0 ? 2 : w, 0);
	case 'd': case 'e': return in_range(s, &tm->tm_mday, 1, 31, 0);
	case 'D': return parse(s, "%m/%d/%y", tm, y);
	case 'H': return in_range(s, &tm->tm_hour, 0, 24, 0);
	case 'I': return in_range(s, &tm->tm_hour, 1, 12, 0);
	case 'j': return in_range(s, &tm->tm_yday, 1, 366, 1);
	case 'm': return in_range(s, &tm->tm_mon, 1, 12, 1);
	case 'M': return in_range(s, &tm->tm_min, 0, 60, 0);
	case 'n': case 't':
		while (isspace((unsigned char)*s))
			s++;
		return s;
	case 'p': return ampm(s, tm);
	case 'r': return parse(s, nl_langinfo(T_FMT_AMPM), tm, y);
	case 'R': return parse(s, "%H:%M", tm, y);
	case 'S': return in_range(s, &tm->tm_sec, 0, 61, 0);
	case 'T': return parse(s, "%H:%M:%S", tm, y);
	case 'U': case 'W': return in_range(s, &ignored, 0, 54, 0);
	case 'w': return in_range(s, &tm->tm_wday, 0, 7, 0);
	case 'x': return parse(s, nl_langinfo(D_FMT), tm, y);
	case 'X': return parse(s, nl_langinfo(T_FMT), tm, y);
	case 'y': y->want |= 1; return digits(s, &y->year2, 2, 0);
	case 'Y': y->want = 0; return digits(s, &tm->tm_year, w < 0 ? 4 : w, 1900);
	case '%': return *s == '%' ? s + 1 : 0;
	}
	return 0;
}

static const char *parse(const char *s, const char *f, struct tm *tm, Years *y)
{
	while (s && *f) {
		if (*f != '%') {
			if (isspace((unsigned char)*f))
				while (isspace((unsigned char)*s))
					s++;
			else if (*s++ != *f)
				return 0;
			f++;
			continue;
		}
		f += 1 + (f[1] == '+');
		int w = -1;
		if (isdigit((unsigned char)*f))
			w = (int)strtoul(f, (char **)&f, 10);
		s = convert(s, *f++, w, tm, y);
	}
	return s;
}

char *strptime(const char *__restrict s, const char *__restrict f, struct tm *__restrict tm)
{
	Years y = {0, 0, 0};
	s = parse(s, f, tm, &y);
	if (s && y.want) {
		tm->tm_year = y.year2;
		if (y.want & 2)
			tm->tm_year += y.century * 100 - 1900;
		else if (tm->tm_year <= 68)
			tm->tm_year += 100;
	}
	return (char *)s;
}
