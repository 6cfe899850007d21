/* iswlower: a character that has an uppercase form, as in musl (so
 * U+00DF, without a one-character uppercase, is not lower). */
#include <wctype.h>

int iswlower(wint_t wc)
{
	return towupper(wc) != wc;
}
