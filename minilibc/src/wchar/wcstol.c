/* wcstol: strtol for wide strings (see wcsto_impl.h). */
#include "wcsto_impl.h"

long wcstol(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	NarrowNumber num;
	char *nend;
	long v;

	narrow_number(&num, s);
	v = strtol(num.text, &nend, base);
	narrow_number_done(&num, s, nend, end);
	return v;
}
