/* feof: test the stream's sticky EOF flag. */
#include <stdio.h>
#include "stdio_impl.h"

int feof(FILE *f)
{
	return !!(f->flags & F_EOF);
}
