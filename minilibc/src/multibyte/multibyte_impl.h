/* What the multibyte functions share: which encoding LC_CTYPE selects,
 * musl's code units for bytes in the C locale, UTF-8's rules, and how an
 * mbstate_t holds the bytes of a character not yet complete.
 *
 * mbstate_t: __opaque1 is zero between characters; otherwise its low
 * byte counts the bytes seen (1-3) and the bytes follow above it.
 * __opaque2 holds a surrogate that mbrtoc16 still has to hand out or
 * that c16rtomb waits to pair.  Zero in both words is the initial state. */
#ifndef _MULTIBYTE_IMPL_H
#define _MULTIBYTE_IMPL_H
#include <wchar.h>
#include "locale_impl.h"

/* A null LC_CTYPE name is the C locale; every other one is UTF-8. */
static inline int __mb_is_utf8(void)
{
	return __locale.cat[LC_CTYPE] != 0;
}

/* In the C locale the bytes 0x80-0xff are characters of their own:
 * musl maps them to 0xdf80-0xdfff, code points no UTF-8 text can hold,
 * so that any byte string survives a round trip through wchar_t. */
static inline wchar_t __mb_codeunit(unsigned char b)
{
	return 0xdf00 | b;
}

static inline int __mb_is_codeunit(wchar_t wc)
{
	return (unsigned)wc - 0xdf80 < 0x80;
}

/* The length of the UTF-8 sequence lead starts, or 0 when lead starts
 * none: continuation bytes, the overlong leads 0xc0 0xc1, and 0xf5-0xff
 * (beyond U+10FFFF). */
static inline unsigned __utf8_length(unsigned char lead)
{
	if (lead - 0xc2u < 0x1e)
		return 2;
	if (lead - 0xe0u < 0x10)
		return 3;
	if (lead - 0xf0u < 5)
		return 4;
	return 0;
}

/* Whether b may be byte i (1-3) of the sequence lead starts.  The
 * second byte's range is narrower after four leads: it is what rules
 * out overlong forms (e0, f0), surrogates (ed) and values above
 * U+10FFFF (f4). */
static inline int __utf8_follows(unsigned char lead, unsigned i, unsigned char b)
{
	unsigned lo = 0x80, hi = 0xbf;

	if (i == 1) {
		if (lead == 0xe0)
			lo = 0xa0;
		else if (lead == 0xed)
			hi = 0x9f;
		else if (lead == 0xf0)
			lo = 0x90;
		else if (lead == 0xf4)
			hi = 0x8f;
	}
	return b >= lo && b <= hi;
}

/* The code point of a complete, valid sequence of len bytes. */
static inline wchar_t __utf8_value(const unsigned char *seq, unsigned len)
{
	unsigned v = seq[0] & (0x7f >> len);

	for (unsigned i = 1; i < len; i++)
		v = v << 6 | (seq[i] & 0x3f);
	return v;
}
#endif
