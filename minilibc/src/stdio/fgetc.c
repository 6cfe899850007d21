/* fgetc: read one byte as an unsigned char, or EOF. */
#include <stdio.h>
#include "stdio_impl.h"

int fgetc(FILE *f)
{
	return getc_unlocked(f);
}
