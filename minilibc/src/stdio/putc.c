/* putc: fputc (a function here, not a macro). */
#include <stdio.h>
#include "stdio_impl.h"

int putc(int c, FILE *f)
{
	FLOCK(f);
	int r = putc_unlocked(c, f);
	FUNLOCK(f);
	return r;
}
