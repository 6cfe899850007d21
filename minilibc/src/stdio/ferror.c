/* ferror: test the stream's sticky ERR flag. */
#include <stdio.h>
#include "stdio_impl.h"

int ferror(FILE *f)
{
	return !!(f->flags & F_ERR);
}
