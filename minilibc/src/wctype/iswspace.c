/* iswspace: Unicode's White_Space without the no-break spaces (U+00A0,
 * U+2007, U+202F) and the two with visible glyphs (U+1680, U+180E): the
 * set musl uses. */
#include <wctype.h>

int iswspace(wint_t wc)
{
	static const wchar_t spaces[] = { ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0x2000, 0x2001,
					  0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009,
					  0x200a, 0x2028, 0x2029, 0x205f, 0x3000, 0 };

	return wc && wcschr(spaces, wc);
}
