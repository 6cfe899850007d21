/* iswctype: test a class wctype returned; 0 for an unknown class. */
#include "wctype_impl.h"

int iswctype(wint_t wc, wctype_t type)
{
	if (type - 1 >= WCTYPE_COUNT)
		return 0;
	return __wctype_classes[type - 1].test(wc);
}
