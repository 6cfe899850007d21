/* getc_unlocked: getc without locking, the same thing with one thread. */
#include "stdio_impl.h"

int (getc_unlocked)(FILE *f)
{
	return getc_unlocked(f);
}
