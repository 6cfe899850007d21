/* wcwidth: how many terminal columns a character takes, as musl counts
 * them: -1 for controls and noncharacters, 0 for NUL, combining marks,
 * format characters and the joining Hangul jamo, 2 for East Asian wide
 * and fullwidth characters and all of planes 2 and 3, else 1 (so an
 * unassigned code point is 1). */
#include <wchar.h>
#include "wctype_impl.h"

int wcwidth(wchar_t wc)
{
	unsigned c = wc;

	if (!c)
		return 0;
	if (c < 0x20 || c - 0x7f < 0x21 || (c & 0xfffe) == 0xfffe)
		return -1;
	if (c < 0xff)
		return 1;   /* U+00AD, a format character, shows as a hyphen */
	if (c < 0x20000) {
		if (__wctype_in_ranges(c, __wctype_zero_width, __wctype_zero_width_count))
			return 0;
		return __wctype_in_ranges(c, __wctype_wide, __wctype_wide_count) ? 2 : 1;
	}
	if (c < 0x40000)
		return 2;
	/* language tags and the supplementary variation selectors */
	if (c == 0xe0001 || c - 0xe0020 < 0x5f || c - 0xe0100 < 0xef)
		return 0;
	return 1;
}
