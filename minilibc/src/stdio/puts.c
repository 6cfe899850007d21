/* puts: a string and a newline to stdout. */
#include <stdio.h>
#include "stdio_impl.h"

int puts(const char *s)
{
	FLOCK(stdout);
	int r = fputs(s, stdout) < 0 || putc_unlocked('\n', stdout) < 0 ? EOF : 0;
	FUNLOCK(stdout);
	return r;
}
