/* getc: fgetc (a function here, not a macro). */
#include <stdio.h>
#include "stdio_impl.h"

int getc(FILE *f)
{
	return getc_unlocked(f);
}
