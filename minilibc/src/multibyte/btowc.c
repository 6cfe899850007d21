/* btowc: the wide character a single byte is, or WEOF when the byte
 * only starts a longer character (UTF-8) or c is EOF.  As in musl, c is
 * taken as an unsigned char first. */
#include <stdio.h>
#include "multibyte_impl.h"

wint_t btowc(int c)
{
	unsigned char b = c;

	if (b < 0x80)
		return b;
	if (c == EOF || __mb_is_utf8())
		return WEOF;
	return __mb_codeunit(b);
}
