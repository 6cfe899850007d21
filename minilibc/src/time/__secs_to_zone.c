/* __secs_to_zone: the zone in effect at a time, from the TZif
 * transitions when they decide, else from the POSIX rule. */
#include "time_impl.h"

void __secs_to_zone(long long t, int local, int *isdst, long *offset,
		    long *opposite, const char **zone)
{
	const struct __tz *z = &__tz;
	size_t alt;

	__tz_load();
	if (z->map) {
		long type = __tz_find_type(t, local, &alt);
		if (type >= 0) {
			const unsigned char *p = z->types + 6 * type, *q = z->types + 6 * alt;
			*isdst = p[4];
			*offset = __tz_type_offset(p);
			*zone = z->abbrevs + p[5];
			if (opposite)
				*opposite = __tz_type_offset(q);
			return;
		}
	}
	int dst = z->has_dst && __tz_rule_is_dst(t, local);
	*isdst = dst;
	*offset = dst ? -z->dst_west : -z->std_west;
	if (opposite)
		*opposite = dst ? -z->std_west : -z->dst_west;
	*zone = dst ? z->dst_name : z->std_name;
}
