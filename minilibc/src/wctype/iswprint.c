/* iswprint: every code point but the controls iswcntrl knows,
 * surrogates, the noncharacters U+xxFFFE and U+xxFFFF, and anything
 * beyond U+10FFFF.  Unassigned code points count as printable, as in
 * musl. */
#include <wctype.h>

int iswprint(wint_t wc)
{
	if (iswcntrl(wc) || wc - 0xd800 < 0x800)
		return 0;
	return wc <= 0x10ffff && (wc & 0xfffe) != 0xfffe;
}
