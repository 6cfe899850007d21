/* wctob: the single byte a wide character encodes to, or EOF. */
#include <stdio.h>
#include "multibyte_impl.h"

int wctob(wint_t c)
{
	if (c < 0x80)
		return c;
	if (!__mb_is_utf8() && __mb_is_codeunit(c))
		return c & 0xff;
	return EOF;
}
