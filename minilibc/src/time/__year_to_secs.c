/* __year_to_secs: seconds from the Epoch to 1 January of year (counted
 * from 1900, as tm_year), and whether that year is a leap year.
 * Days come from the 400-year era arithmetic: an era has 146097 days,
 * and counting years from March puts the leap day at a year's end. */
#include "time_impl.h"

long long __year_to_secs(long long year, int *is_leap)
{
	long long y = year + 1900 - 1;  /* January belongs to the March-based year before */
	long long era = (y >= 0 ? y : y - 399) / 400;
	long long yoe = y - era * 400;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + 306;  /* 306: March 1 to January 1 */
	long long days = era * 146097 + doe - 719468;           /* 719468: 0000-03-01 to 1970-01-01 */
	long long cy = year + 1900;

	if (is_leap)
		*is_leap = cy % 4 == 0 && (cy % 100 != 0 || cy % 400 == 0);
	return days * 86400;
}
