/* fgetc: read one byte as an unsigned char, or EOF. */
#include <stdio.h>
#include "stdio_impl.h"

int fgetc(FILE *f)
{
	FLOCK(f);
	int c = getc_unlocked(f);
	FUNLOCK(f);
	return c;
}
