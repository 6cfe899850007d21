/* strtod/strtof errno and end pointer at the edges of the range: ERANGE
 * for subnormal and zero results, EINVAL when nothing converts, and
 * gmtime/gmtime_r for years that do not fit tm_year (EOVERFLOW). */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <time.h>
#include <stdint.h>

static void show_tm(const char *what, long long t, struct tm *tm)
{
	if (!tm)
		printf("%s(%lld) = NULL errno=%d\n", what, t, errno);
	else
		printf("%s(%lld) = %d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d errno=%d\n",
		       what, t, tm->tm_year, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour,
		       tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday, errno);
}

int main(void)
{
	static const char *in[] = {
		"1e-320", "-1e-320", "1e-310", "2.2250738585072011e-308",
		"2.2250738585072014e-308", "2.2250738585072013e-308", "4.9e-324",
		"5e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
		"1e-400", "1.5e-323", "2.5e-323", "1e-315", "1e309", "-1e309",
		"1.7976931348623157e308", "1.7976931348623159e308",
		"0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1.8p-1075",
		"0x1.0000001p-1075", "0x1p-1030", "0x1p-1200",
		"0x1p1024", "0x1p1102", "0x1p1103", "0xffffffffffp1066",
		"0xffffffffffp1067", "0x0.00001p1126", "0x0.00001p1125",
		"0x1.fffffffffffff8p1023",
		".", "-.", "+", "", "abc", "e5", "0x", "0xg", ". 5", " \t", "-",
		"inf", "infin", "nan(", "1e", "1e+", "0.", ".0",
	};
	static const char *fin[] = {
		"1e-40", "1e-45", "7e-46", "1.4e-45", "1e-50", "3.4028235e38",
		"3.4028236e38", "1e39", "1.1754942e-38", "1.17549428e-38", "0x1p-150",
		"0x1p-149", ".", "x",
	};

	for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
		char *e;
		errno = 0;
		double d = strtod(in[i], &e);
		printf("strtod [%s] %a end=%td errno=%d\n", in[i], d, e - in[i], errno);
	}
	for (size_t i = 0; i < sizeof fin / sizeof *fin; i++) {
		char *e;
		errno = 0;
		float f = strtof(fin[i], &e);
		printf("strtof [%s] %a end=%td errno=%d\n", fin[i], f, e - fin[i], errno);
	}

	/* The last second whose year fits tm_year, the next, and far out. */
	static const long long times[] = {
		67768036191676799LL, 67768036191676800LL, -67768040609740801LL,
		-67768040609740800LL, 1LL << 60, -(1LL << 60), INT64_MAX, INT64_MIN,
		253402300799LL, -62167219200LL,
	};
	for (size_t i = 0; i < sizeof times / sizeof *times; i++) {
		time_t t = times[i];
		struct tm tm;
		errno = 0;
		show_tm("gmtime", times[i], gmtime(&t));
		errno = 0;
		show_tm("gmtime_r", times[i], gmtime_r(&t, &tm));
	}
	return 0;
}
