/* wcrtomb: encode one wide character.  The C locale has one byte per
 * character: ASCII and the code units 0xdf80-0xdfff (bytes 0x80-0xff);
 * UTF-8 takes every code point but surrogates.  Anything else is EILSEQ.
 * No encoding has shift states, so st is not used. */
#include <errno.h>
#include "multibyte_impl.h"

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict st)
{
	unsigned c = wc, len;

	(void)st;
	if (!s)
		return 1;
	if (c < 0x80 || (!__mb_is_utf8() && __mb_is_codeunit(wc))) {
		*s = c;
		return 1;
	}
	if (!__mb_is_utf8() || c - 0xd800 < 0x800 || c > 0x10ffff) {
		errno = EILSEQ;
		return -1;
	}
	len = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
	/* The lead byte: len one bits, a zero, then the top bits of c. */
	s[0] = (0xf00 >> len) | c >> (6 * (len - 1));
	for (unsigned i = 1; i < len; i++)
		s[i] = 0x80 | (c >> (6 * (len - 1 - i)) & 0x3f);
	return len;
}
