/* strptime: every conversion, widths, names in any case, white space,
 * %y with and without %C, %p after %I, composite formats, and strings
 * that do not match; where reading stopped and every field of tm. */
#include <stdio.h>
#include <string.h>
#include <time.h>

int main(void)
{
	static const char *cases[][2] = {
		{"%Y-%m-%d %H:%M:%S", "2024-02-29 23:59:60"},
		{"%Y-%m-%d", "2024-13-01"},
		{"%d/%m/%y", "31/12/68"}, {"%d/%m/%y", "31/12/69"}, {"%C%y", "1999"},
		{"%C %y", "20 07"}, {"%y %C", "07 19"}, {"%4Y", "123456"}, {"%Y", "-44"},
		{"%Y %y", "2010 05"}, {"%y %Y", "05 2010"},
		{"%a %b %e", "wednesday JANUARY  7"}, {"%A, %B", "Sun, Dec"}, {"%h", "sept"},
		{"%I:%M %p", "12:30 AM"}, {"%I:%M %p", "12:30 pm"}, {"%I:%M %p", "07:05 PM"},
		{"%I %p", "13 PM"}, {"%H %p", "18 am"},
		{"%j", "366"}, {"%j", "000"}, {"%j", "367"}, {"%U %W %w", "53 00 6"},
		{"%D", "07/04/76"}, {"%T", "1:2:3"}, {"%R", "23:59xyz"}, {"%r", "11:59:58 PM"},
		{"%c", "Sun Jan  1 00:00:00 2023"}, {"%x %X", "12/25/99 08:00:00"},
		{"%n%t%d", "  \t 5"}, {"%%%d", "%9"}, {"%%%d", "9"}, {"%Q", "1"},
		{"%e", "x"}, {"a%db", "a12b"}, {"a%db", "a12c"}, {"%S", "61"}, {"%S", "62"},
		{"%M", "7x"}, {"%+4Y", "+2024"}, {"%3C", "-12"}, {" %d", "8"}, {"%d ", "8"},
		{"%d%m", "1211"}, {"%m%d", "0101"}, {"%H%M%S", "235959"}, {"", "abc"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct tm tm;
		memset(&tm, 0x55, sizeof tm);
		tm.tm_hour = 3;
		const char *end = strptime(cases[i][1], cases[i][0], &tm);
		printf("%-20s %-26s -> ", cases[i][0], cases[i][1]);
		if (!end) {
			printf("NULL\n");
			continue;
		}
		printf("+%d [%d %d %d %d %d %d wday %d yday %d]\n", (int)(end - cases[i][1]),
		       tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
		       tm.tm_wday, tm.tm_yday);
	}
	return 0;
}
