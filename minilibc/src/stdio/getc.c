/* getc: fgetc (a function here, not a macro). */
#include <stdio.h>
#include "stdio_impl.h"

int getc(FILE *f)
{
	FLOCK(f);
	int c = getc_unlocked(f);
	FUNLOCK(f);
	return c;
}
