/* iswxdigit: the ASCII hexadecimal digits. */
#include <wctype.h>

int iswxdigit(wint_t wc)
{
	return wc - '0' < 10 || (wc | 32) - 'a' < 6;
}
