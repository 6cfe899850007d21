/* iswpunct: punctuation and symbols (Unicode P* and S*). */
#include "wctype_impl.h"

int iswpunct(wint_t wc)
{
	return __wctype_in_ranges(wc, __wctype_punct, __wctype_punct_count);
}
