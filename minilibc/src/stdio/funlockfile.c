/* funlockfile: the lock flockfile took (none: one thread). */
#include <stdio.h>

void funlockfile(FILE *f)
{
	(void)f;
}
