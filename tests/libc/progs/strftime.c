/* strftime: every conversion for several dates (ISO weeks around the
 * new year included), flags and widths, E/O modifiers, %z/%Z in a few
 * zones, unknown conversions and buffers too small. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const convs[] = {
	"a", "A", "b", "B", "c", "C", "d", "D", "e", "F", "g", "G", "h", "H", "I", "j",
	"m", "M", "n", "p", "r", "R", "s", "S", "t", "T", "u", "U", "V", "w", "W", "x",
	"X", "y", "Y", "z", "Z", "%", "Ec", "EC", "Ex", "EX", "Ey", "EY", "Od", "Oe",
	"OH", "OI", "Om", "OM", "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy",
	"-d", "_d", "0e", "-e", "_H", "-j", "_j", "-y", "_m", "-V", "_U", "0u",
	"+Y", "+C", "4Y", "+4Y", "+5Y", "6Y", "+6Y", "10F", "+12F", "3C", "+3C", "_5G",
	"-6Y", "06Y", "+G", "1Y", "0Y", "+0C", "5d", "+5d", "E", "O", "k", "l", "P", "q",
};

static void format_all(const struct tm *tm)
{
	char buf[128];
	for (unsigned i = 0; i < sizeof convs / sizeof *convs; i++) {
		char fmt[16] = "%";
		strcat(fmt, convs[i]);
		memset(buf, '#', sizeof buf);
		size_t n = strftime(buf, sizeof buf, fmt, tm);
		printf(" %s=[%s]%zu", convs[i], n ? buf : buf[0] == '#' ? "?" : buf, n);
	}
	printf("\n");
}

static void at(time_t t)
{
	struct tm tm;
	localtime_r(&t, &tm);
	printf("%lld:", (long long)t);
	format_all(&tm);
}

static void date(int y, int m, int d)
{
	struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d, .tm_hour = 13,
			 .tm_min = 5, .tm_sec = 9, .tm_isdst = -1 };
	timegm(&tm);
	printf("%d-%02d-%02d:", y, m, d);
	format_all(&tm);
}

int main(void)
{
	setenv("TZ", "UTC0", 1);
	/* ISO week edges: Dec 28 - Jan 4 across years of every weekday */
	static const int years[] = { 1998, 1999, 2000, 2003, 2004, 2008, 2009, 2010, 2015,
				     2020, 2021, 2026, 2027, 2032, 2037, 2100, 2400 };
	for (unsigned i = 0; i < sizeof years / sizeof *years; i++) {
		for (int d = 28; d <= 31; d++)
			date(years[i], 12, d);
		for (int d = 1; d <= 4; d++)
			date(years[i] + 1, 1, d);
	}
	date(2024, 2, 29);
	date(1, 1, 1);
	date(99, 7, 4);
	date(999, 12, 31);
	date(10000, 1, 1);
	date(12345, 6, 7);
	date(-1, 1, 1);
	date(-100, 3, 1);
	date(-12345, 9, 9);
	date(1900, 1, 1);
	date(1969, 12, 31);

	static const char *zones[] = { "Europe/Berlin", "America/St_Johns", "Asia/Kolkata",
				       "EST5EDT,M3.2.0,M11.1.0", "<+0330>-3:30", "Europe/London",
				       "Africa/Monrovia" };
	for (unsigned i = 0; i < sizeof zones / sizeof *zones; i++) {
		setenv("TZ", zones[i], 1);
		printf("TZ=%s\n", zones[i]);
		at(0);
		at(1711846800);
		at(1730613600);
		at(-2000000000);
		at(-3000000000LL);
	}

	/* hours of the day for %I %p %r */
	struct tm tm = { .tm_year = 124, .tm_mon = 5, .tm_mday = 15 };
	for (int h = 0; h < 24; h += 1) {
		char buf[64];
		tm.tm_hour = h;
		strftime(buf, sizeof buf, "%H %I %p %r %l", &tm);
		printf("[%s]\n", buf);
	}
	/* out-of-range fields and a hand-made tm (tm_zone not ours) */
	struct tm odd = { .tm_year = 124, .tm_mon = 12, .tm_wday = 7, .tm_mday = 40,
			  .tm_hour = 25, .tm_yday = 400, .tm_isdst = 0, .tm_gmtoff = -12345,
			  .tm_zone = "ABC" };
	char buf[200];
	size_t n = strftime(buf, sizeof buf, "%a %A %b %B %h %d %H %I %p %j %z %Z|%U %W %u %w", &odd);
	printf("odd %zu [%s]\n", n, buf);
	odd.tm_isdst = -1;
	n = strftime(buf, sizeof buf, "[%z][%Z]", &odd);
	printf("isdst -1 %zu [%s]\n", n, buf);

	/* small buffers: 0 returned, output cut and terminated */
	setenv("TZ", "UTC0", 1);
	time_t t = 1234567890;
	struct tm *lt = localtime(&t);
	for (size_t size = 0; size <= 26; size += 1) {
		memset(buf, '#', sizeof buf);
		buf[40] = 0;
		n = strftime(buf, size, "%a %b %e %H:%M:%S %Y", lt);
		printf("size %zu -> %zu [%s]\n", size, n, buf);
	}
	memset(buf, '#', sizeof buf);
	buf[40] = 0;
	n = strftime(buf, sizeof buf, "ab%Qcd", lt);
	printf("unknown -> %zu [%s]\n", n, buf);
	memset(buf, '#', sizeof buf);
	buf[40] = 0;
	n = strftime(buf, sizeof buf, "trailing %", lt);
	printf("trailing -> %zu [%s]\n", n, buf);
	n = strftime(buf, sizeof buf, "", lt);
	printf("empty -> %zu [%s]\n", n, buf);
	n = strftime(buf, sizeof buf, "%c|%x|%X|%D|%T|%n|%t|%%", lt);
	printf("composite -> %zu [%s]\n", n, buf);
	return 0;
}
