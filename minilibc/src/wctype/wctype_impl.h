/* Shared by the wctype functions: the named classes, and the generated
 * Unicode tables (__wctype_tables.c, from gen_wctype_tables.py). */
#ifndef _WCTYPE_IMPL_H
#define _WCTYPE_IMPL_H
#include <wctype.h>
#include "libc.h"

#define WCTYPE_COUNT 12
struct wctype_class {
	char name[8];
	int (*test)(wint_t);
};
hidden extern const struct wctype_class __wctype_classes[WCTYPE_COUNT];

/* What wctrans hands out: the address of one of these. */
enum { WCTRANS_TOUPPER, WCTRANS_TOLOWER };
hidden extern const int __wctrans_maps[2];

/* Sorted, disjoint ranges [first, last] of a class. */
hidden extern const unsigned __wctype_alpha[][2], __wctype_alpha_count;
hidden extern const unsigned __wctype_punct[][2], __wctype_punct_count;
hidden extern const unsigned __wctype_zero_width[][2], __wctype_zero_width_count;
hidden extern const unsigned __wctype_wide[][2], __wctype_wide_count;
hidden int __wctype_in_ranges(wint_t wc, const unsigned (*r)[2], unsigned count);

/* Every step-th character from first to last maps to itself + delta. */
struct case_run {
	unsigned first, last;
	int step, delta;
};
hidden extern const struct case_run __wctype_tolower[], __wctype_toupper[];
hidden extern const unsigned __wctype_tolower_count, __wctype_toupper_count;
hidden wint_t __wctype_map_case(wint_t wc, const struct case_run *runs, unsigned count);
#endif
