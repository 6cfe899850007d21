/* wcstoull: strtoull for wide strings (see wcsto_impl.h). */
#include "wcsto_impl.h"

unsigned long long wcstoull(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	NarrowNumber num;
	char *nend;
	unsigned long long v;

	narrow_number(&num, s);
	v = strtoull(num.text, &nend, base);
	narrow_number_done(&num, s, nend, end);
	return v;
}
