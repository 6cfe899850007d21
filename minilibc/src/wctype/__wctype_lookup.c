/* Binary searches over the generated tables in __wctype_tables.c. */
#include "wctype_impl.h"

int __wctype_in_ranges(wint_t wc, const unsigned (*r)[2], unsigned count)
{
	unsigned lo = 0, hi = count;

	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;
		if (wc < r[mid][0])
			hi = mid;
		else if (wc > r[mid][1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

wint_t __wctype_map_case(wint_t wc, const struct case_run *runs, unsigned count)
{
	unsigned lo = 0, hi = count;

	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;
		const struct case_run *r = &runs[mid];
		if (wc < r->first)
			hi = mid;
		else if (wc > r->last)
			lo = mid + 1;
		else
			return (wc - r->first) % r->step ? wc : wc + r->delta;
	}
	return wc;
}
