/* tzset: load the zone named by TZ (or /etc/localtime when TZ is unset)
 * and set tzname, timezone and daylight. */
#include "time_impl.h"

void tzset(void)
{
	__tz_load();
}
