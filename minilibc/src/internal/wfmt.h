/* Wide formats for the byte engines.  The wide printf, scanf and
 * wcsftime run the engines of printf, scanf and strftime on their
 * format turned into bytes by __wfmt_narrow: ASCII as it is, any other
 * character as WFMT_ESC and five bytes of 7 bits each (none of them NUL,
 * '%', ']' or anything else a format means), which __wfmt_char reads
 * back.  Only literal text and scanset members can hold such escapes. */
#ifndef _INTERNAL_WFMT_H
#define _INTERNAL_WFMT_H
#include <stddef.h>
#include <wchar.h>
#include "libc.h"

#define WFMT_ESC 0xfe
#define WFMT_LEN 6

/* fmt in bytes: in buf when it fits in size, else malloc'd (the caller
 * frees what is not buf); NULL when that fails. */
hidden char *__wfmt_narrow(const wchar_t *fmt, char *buf, size_t size);

/* The character at *p, leaving *p after it. */
static inline wchar_t __wfmt_char(const unsigned char **p)
{
	const unsigned char *s = *p;
	unsigned c = *s++;

	if (c == WFMT_ESC)
		for (c = 0; s < *p + WFMT_LEN; s++)
			c = c << 7 | (*s & 0x7f);
	*p = s;
	return c;
}
#endif
