/* towlower: Unicode's simple lowercase mapping. */
#include "wctype_impl.h"

wint_t towlower(wint_t wc)
{
	return __wctype_map_case(wc, __wctype_tolower, __wctype_tolower_count);
}
