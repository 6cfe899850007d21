/* wcstod: strtod for wide strings (see wcsto_impl.h). */
#include "wcsto_impl.h"

double wcstod(const wchar_t *restrict s, wchar_t **restrict end)
{
	NarrowNumber num;
	char *nend;
	double v;

	narrow_number(&num, s);
	v = strtod(num.text, &nend);
	narrow_number_done(&num, s, nend, end);
	return v;
}
