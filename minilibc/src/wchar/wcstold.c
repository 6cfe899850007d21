/* wcstold: strtold for wide strings (see wcsto_impl.h). */
#include "wcsto_impl.h"

long double wcstold(const wchar_t *restrict s, wchar_t **restrict end)
{
	NarrowNumber num;
	char *nend;
	long double v;

	narrow_number(&num, s);
	v = strtold(num.text, &nend);
	narrow_number_done(&num, s, nend, end);
	return v;
}
