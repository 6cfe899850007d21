/* fputc: write one byte. */
#include <stdio.h>
#include "stdio_impl.h"

int fputc(int c, FILE *f)
{
	FLOCK(f);
	int r = putc_unlocked(c, f);
	FUNLOCK(f);
	return r;
}
