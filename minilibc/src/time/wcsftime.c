/* wcsftime: strftime into wide characters, through strftime's engine
 * (__strftime_core) on the format turned into bytes.  Each conversion's
 * text is decoded with mbstowcs; as musl 1.2.3, the widths of %C %F %G
 * %Y follow that version's wcsftime, which differs from its strftime. */
#include <stdlib.h>
#include <wchar.h>
#include "time_impl.h"
#include "wfmt.h"

size_t wcsftime(wchar_t *restrict s, size_t n, const wchar_t *restrict f,
                const struct tm *restrict tm)
{
	char small[256], *fmt = __wfmt_narrow(f, small, sizeof small);
	size_t r;

	if (!fmt)
		return 0;
	r = __strftime_core(0, s, n, fmt, tm);
	if (fmt != small)
		free(fmt);
	return r;
}
