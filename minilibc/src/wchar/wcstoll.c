/* wcstoll: strtoll for wide strings (see wcsto_impl.h). */
#include "wcsto_impl.h"

long long wcstoll(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	NarrowNumber num;
	char *nend;
	long long v;

	narrow_number(&num, s);
	v = strtoll(num.text, &nend, base);
	narrow_number_done(&num, s, nend, end);
	return v;
}
