/* getchar: getc(stdin). */
#include <stdio.h>
#include "stdio_impl.h"

int getchar(void)
{
	FLOCK(stdin);
	int c = getc_unlocked(stdin);
	FUNLOCK(stdin);
	return c;
}
