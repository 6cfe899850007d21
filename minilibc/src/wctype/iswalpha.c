/* iswalpha: letters and letter numbers (Unicode L* and Nl). */
#include "wctype_impl.h"

int iswalpha(wint_t wc)
{
	return __wctype_in_ranges(wc, __wctype_alpha, __wctype_alpha_count);
}
