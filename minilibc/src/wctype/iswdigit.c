/* iswdigit: the ASCII digits only, as C requires. */
#include <wctype.h>

int iswdigit(wint_t wc)
{
	return wc - '0' < 10;
}
