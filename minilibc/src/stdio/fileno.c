/* fileno: the descriptor under a stream. */
#include <stdio.h>
#include "stdio_impl.h"

int fileno(FILE *f)
{
	return f->fd;
}
