/* iswcntrl: the C0 and C1 controls and DEL, the line and paragraph
 * separators, and the interlinear annotation controls U+FFF9-U+FFFB. */
#include <wctype.h>

int iswcntrl(wint_t wc)
{
	return wc < 0x20 || wc - 0x7f < 0x21 || wc - 0x2028 < 2 || wc - 0xfff9 < 3;
}
