/* fputs: write a string without its terminator. */
#include <stdio.h>
#include <string.h>
#include "stdio_impl.h"

int fputs(const char *restrict s, FILE *restrict f)
{
	size_t n = strlen(s);

	FLOCK(f);
	size_t k = __fwritex((const unsigned char *)s, n, f);
	FUNLOCK(f);
	return k == n ? 0 : EOF;
}
