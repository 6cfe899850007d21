/* putwchar: fputwc on stdout. */
#include "stdio_impl.h"

wint_t putwchar(wchar_t c)
{
	return __fputwc_unlocked(c, stdout);
}

weak_alias(putwchar, putwchar_unlocked);
