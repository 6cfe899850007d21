/* putchar: putc to stdout. */
#include <stdio.h>
#include "stdio_impl.h"

int putchar(int c)
{
	return putc_unlocked(c, stdout);
}
