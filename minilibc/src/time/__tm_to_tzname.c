/* __tm_to_tzname: strftime's %Z.  tm_zone is trusted only if it points
 * at a name of the zone loaded now ("UTC", the rule's names, or the
 * TZif abbreviations); anything else (say a hand-made tm) gives "",
 * as in musl. */
#include "time_impl.h"

const char *__tm_to_tzname(const struct tm *tm)
{
	const struct __tz *z = &__tz;
	const char *p = tm->tm_zone;

	__tz_load();
	if (p == __utc || p == z->std_name || p == z->dst_name)
		return p;
	if (z->map && p >= z->abbrevs && p < z->abbrevs + z->abbrevs_len)
		return p;
	return "";
}
