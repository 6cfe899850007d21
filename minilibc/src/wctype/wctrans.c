/* wctrans: the mapping named "toupper" or "tolower", for towctrans.
 * wctrans_t is a pointer type; the two mappings are the addresses of
 * the two entries of __wctrans_maps, so a null wctrans_t means none. */
#include <string.h>
#include "wctype_impl.h"

const int __wctrans_maps[2];

wctrans_t wctrans(const char *name)
{
	if (!strcmp(name, "toupper"))
		return &__wctrans_maps[WCTRANS_TOUPPER];
	if (!strcmp(name, "tolower"))
		return &__wctrans_maps[WCTRANS_TOLOWER];
	return 0;
}
