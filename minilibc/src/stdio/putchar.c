/* putchar: putc to stdout. */
#include <stdio.h>
#include "stdio_impl.h"

int putchar(int c)
{
	FLOCK(stdout);
	int r = putc_unlocked(c, stdout);
	FUNLOCK(stdout);
	return r;
}
