/* flockfile: lock a stream for this thread.  minilibc programs have one
 * thread, so there is nothing to wait for. */
#include <stdio.h>

void flockfile(FILE *f)
{
	(void)f;
}
