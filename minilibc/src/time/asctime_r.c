/* asctime_r: "Sun Sep 16 01:03:52 1973\n" in the C locale.  C defines
 * asctime by this very format, so fields too large for the 26-byte
 * buffer are undefined behaviour; like musl we stop the program at once
 * rather than write past the buffer.  Names come from nl_langinfo, so an
 * out-of-range weekday or month reads a neighbouring item as musl's. */
#include <langinfo.h>
#include <stdio.h>
#include <time.h>

char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	if (snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n",
		     nl_langinfo(ABDAY_1 + tm->tm_wday), nl_langinfo(ABMON_1 + tm->tm_mon),
		     tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year) >= 26)
		__asm__ __volatile__("hlt");  /* SIGSEGV, as musl's crash */
	return buf;
}
