/* __tz_find_type: which local-time type of the mapped TZif file applies
 * at t.
 *
 * Transitions are sorted UTC instants.  For local wall time (mktime) a
 * transition is compared with t in the offset in force before it, so a
 * wall time in a gap or overlap goes by the clock being left.  Before
 * the first transition the first standard-time type applies.  From the
 * last transition on, the footer's POSIX rule decides (-1); a file
 * without a footer keeps the last transition's type. */
#include "time_impl.h"

static long long trans_time(const struct __tz *z, size_t i)
{
	const unsigned char *p = z->trans + i * z->time_size;
	unsigned long long x = 0;

	for (size_t k = 0; k < z->time_size; k++)
		x = x << 8 | p[k];
	if (z->time_size == 4)
		return (int)(unsigned)x;
	return (long long)x;
}

static int type_isdst(const struct __tz *z, size_t type)
{
	return z->types[6 * type + 4];
}

/* Whether t comes before transition i. */
static int before(const struct __tz *z, long long t, int local, size_t i, size_t type_before)
{
	long off = local ? __tz_type_offset(z->types + 6 * type_before) : 0;
	return t - off < trans_time(z, i);
}

long __tz_find_type(long long t, int local, size_t *alt)
{
	const struct __tz *z = &__tz;
	size_t n = z->ntrans;

	if (!n) {
		*alt = 0;
		return 0;
	}
	/* a: the last transition at or before t (0 when none is). */
	size_t lo = 1, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (before(z, t, local, mid, z->index[mid - 1]))
			hi = mid;
		else
			lo = mid + 1;
	}
	size_t a = lo - 1;
	if (a == n - 1 && z->has_footer)
		return -1;
	if (a == 0) {
		size_t first_std = 0;
		for (size_t i = z->ntypes; i-- > 0;)
			if (!type_isdst(z, i))
				first_std = i;
		if (before(z, t, local, 0, first_std)) {
			*alt = z->index[0];
			return first_std;
		}
	}
	/* mktime's fallback when the caller's tm_isdst disagrees: a
	 * neighbouring type of the other DST status. */
	size_t cur = z->index[a];
	if (a && type_isdst(z, z->index[a - 1]) != type_isdst(z, cur))
		*alt = z->index[a - 1];
	else if (a + 1 < n && type_isdst(z, z->index[a + 1]) != type_isdst(z, cur))
		*alt = z->index[a + 1];
	else
		*alt = cur;
	return cur;
}
