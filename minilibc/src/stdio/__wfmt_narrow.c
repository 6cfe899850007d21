/* __wfmt_narrow: a wide printf, scanf or wcsftime format as the bytes
 * the one engine of each reads (see wfmt.h): ASCII kept, every other
 * character as WFMT_ESC and five 7-bit groups.  The result is buf when
 * it fits in size bytes, else a malloc'd copy for the caller to free;
 * NULL (ENOMEM) when that fails. */
#include <stdlib.h>
#include "wfmt.h"

hidden char *__wfmt_narrow(const wchar_t *fmt, char *buf, size_t size)
{
	size_t n = 1;
	char *q;

	for (const wchar_t *p = fmt; *p; p++)
		n += (unsigned)*p < 0x80 ? 1 : WFMT_LEN;
	if (n > size && !(buf = malloc(n)))
		return 0;
	for (q = buf; *fmt; fmt++) {
		unsigned c = *fmt;
		if (c < 0x80) {
			*q++ = c;
			continue;
		}
		*q++ = WFMT_ESC;
		for (int shift = 7 * (WFMT_LEN - 2); shift >= 0; shift -= 7)
			*q++ = 0x80 | (c >> shift & 0x7f);
	}
	*q = 0;
	return buf;
}
