/* towupper: Unicode's simple uppercase mapping. */
#include "wctype_impl.h"

wint_t towupper(wint_t wc)
{
	return __wctype_map_case(wc, __wctype_toupper, __wctype_toupper_count);
}
