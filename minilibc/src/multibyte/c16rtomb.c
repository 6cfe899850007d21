/* c16rtomb: encode UTF-16 one unit at a time.  A high surrogate waits
 * in st->__opaque2 (returning 0, no bytes) for the low one that must
 * follow; anything else after it, or a lone low surrogate, is EILSEQ. */
#include <errno.h>
#include <uchar.h>

size_t c16rtomb(char *restrict s, char16_t c16, mbstate_t *restrict st)
{
	static mbstate_t internal;
	unsigned high;

	if (!st)
		st = &internal;
	high = st->__opaque2;
	if (!s) {
		if (high)
			goto ilseq;
		return 1;
	}
	if (!high && c16 - 0xd800u < 0x400) {
		st->__opaque2 = c16;
		return 0;
	}
	if (!high)
		return wcrtomb(s, c16, 0);
	if (c16 - 0xdc00u >= 0x400)
		goto ilseq;
	st->__opaque2 = 0;
	return wcrtomb(s, 0x10000 + ((high - 0xd800) << 10) + (c16 - 0xdc00), 0);
ilseq:
	st->__opaque2 = 0;
	errno = EILSEQ;
	return -1;
}
