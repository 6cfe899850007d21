/* putchar_unlocked: putc_unlocked(c, stdout). */
#include "stdio_impl.h"

int putchar_unlocked(int c)
{
	return putc_unlocked(c, stdout);
}
