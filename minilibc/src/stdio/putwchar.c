/* putwchar: fputwc on stdout. */
#include "stdio_impl.h"

wint_t putwchar(wchar_t c)
{
	return fputwc(c, stdout);
}

/* As musl: the _unlocked name locks too, which POSIX allows. */
weak_alias(putwchar, putwchar_unlocked);
