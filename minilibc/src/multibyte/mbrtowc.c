/* mbrtowc: decode one multibyte character, resuming from *st.
 *
 * In the C locale each byte is a character (bytes 0x80-0xff become the
 * code units 0xdf80-0xdfff).  Under UTF-8 the decoder is strict:
 * overlong forms, surrogates and values above U+10FFFF are EILSEQ.  A
 * character that n cuts short is kept in *st and gives (size_t)-2; the
 * next call, given the rest, returns only the bytes it used itself. */
#include <errno.h>
#include "multibyte_impl.h"

/* Unpack the bytes of an incomplete character from *st into seq. */
static unsigned pending_bytes(const mbstate_t *st, unsigned char *seq)
{
	unsigned have = st->__opaque1 & 0xff;

	for (unsigned i = 0; i < have; i++)
		seq[i] = st->__opaque1 >> (8 * (i + 1));
	return have;
}

static void keep_bytes(mbstate_t *st, const unsigned char *seq, unsigned have)
{
	st->__opaque1 = have;
	for (unsigned i = 0; i < have; i++)
		st->__opaque1 |= (unsigned)seq[i] << (8 * (i + 1));
}

size_t mbrtowc(wchar_t *restrict wc, const char *restrict src, size_t n, mbstate_t *restrict st)
{
	static mbstate_t internal;
	const unsigned char *s = (const void *)src;
	unsigned char seq[4];
	unsigned have, len;
	size_t used;

	if (!st)
		st = &internal;
	have = pending_bytes(st, seq);
	if (!s) {   /* back to the initial state: fails inside a character */
		if (have)
			goto ilseq;
		return 0;
	}
	if (!n)
		return -2;
	if (!have && *s < 0x80) {
		if (wc)
			*wc = *s;
		return *s != 0;
	}
	if (!have && !__mb_is_utf8()) {
		if (wc)
			*wc = __mb_codeunit(*s);
		return 1;
	}
	len = __utf8_length(have ? seq[0] : *s);
	if (!len)
		goto ilseq;
	for (used = 0; have < len; have++, used++) {
		if (used == n) {
			keep_bytes(st, seq, have);
			return -2;
		}
		if (have && !__utf8_follows(seq[0], have, s[used]))
			goto ilseq;
		seq[have] = s[used];
	}
	st->__opaque1 = 0;
	if (wc)
		*wc = __utf8_value(seq, len);
	return used;
ilseq:
	st->__opaque1 = 0;
	errno = EILSEQ;
	return -1;
}
