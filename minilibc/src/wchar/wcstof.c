/* wcstof: strtof for wide strings (see wcsto_impl.h). */
#include "wcsto_impl.h"

float wcstof(const wchar_t *restrict s, wchar_t **restrict end)
{
	NarrowNumber num;
	char *nend;
	float v;

	narrow_number(&num, s);
	v = strtof(num.text, &nend);
	narrow_number_done(&num, s, nend, end);
	return v;
}
