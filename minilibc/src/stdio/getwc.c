/* getwc: fgetwc, as a function (musl has no macro for it either). */
#include "stdio_impl.h"

wint_t getwc(FILE *f)
{
	return fgetwc(f);
}
