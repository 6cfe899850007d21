/* iswblank: space and tab only, as in musl. */
#include <wctype.h>

int iswblank(wint_t wc)
{
	return wc == ' ' || wc == '\t';
}
