/* __ctype_get_mb_cur_max: MB_CUR_MAX, the longest character of the
 * LC_CTYPE encoding (musl's and glibc's name for it). */
#include <stdlib.h>
#include "multibyte_impl.h"

size_t __ctype_get_mb_cur_max(void)
{
	return __mb_is_utf8() ? 4 : 1;
}
