/* putc_unlocked: putc without locking, the same thing with one thread. */
#include "stdio_impl.h"

int (putc_unlocked)(int c, FILE *f)
{
	return putc_unlocked(c, f);
}
