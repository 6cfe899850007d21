/* getwchar: fgetwc on stdin. */
#include "stdio_impl.h"

wint_t getwchar(void)
{
	return __fgetwc_unlocked(stdin);
}

weak_alias(getwchar, getwchar_unlocked);
