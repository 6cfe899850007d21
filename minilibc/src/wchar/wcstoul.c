/* wcstoul: strtoul for wide strings (see wcsto_impl.h). */
#include "wcsto_impl.h"

unsigned long wcstoul(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	NarrowNumber num;
	char *nend;
	unsigned long v;

	narrow_number(&num, s);
	v = strtoul(num.text, &nend, base);
	narrow_number_done(&num, s, nend, end);
	return v;
}
