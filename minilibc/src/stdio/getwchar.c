/* getwchar: fgetwc on stdin. */
#include "stdio_impl.h"

wint_t getwchar(void)
{
	return fgetwc(stdin);
}

/* As musl: the _unlocked name locks too, which POSIX allows. */
weak_alias(getwchar, getwchar_unlocked);
