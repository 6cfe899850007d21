/* towctrans: apply a mapping wctrans returned; any other leaves wc. */
#include "wctype_impl.h"

wint_t towctrans(wint_t wc, wctrans_t t)
{
	if (t == &__wctrans_maps[WCTRANS_TOUPPER])
		return towupper(wc);
	if (t == &__wctrans_maps[WCTRANS_TOLOWER])
		return towlower(wc);
	return wc;
}
