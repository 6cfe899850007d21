/* iswupper: a character that has a lowercase form, as in musl. */
#include <wctype.h>

int iswupper(wint_t wc)
{
	return towlower(wc) != wc;
}
