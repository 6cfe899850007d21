/* wctrans: the mapping named "toupper" or "tolower", for towctrans.
 * wctrans_t is a pointer type; the two mappings are the addresses of
 * two markers, so a null wctrans_t means none. */
#include <string.h>
#include "wctype_impl.h"

static const int markers[2];

wctrans_t wctrans(const char *name)
{
	if (!strcmp(name, "toupper"))
		return &markers[0];
	if (!strcmp(name, "tolower"))
		return &markers[1];
	return 0;
}

wint_t towctrans(wint_t wc, wctrans_t t)
{
	if (t == &markers[0])
		return towupper(wc);
	if (t == &markers[1])
		return towlower(wc);
	return wc;
}
