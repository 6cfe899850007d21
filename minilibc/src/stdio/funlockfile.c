/* funlockfile: undo one flockfile; the last one releases the stream. */
#include <stdio.h>
#include "stdio_impl.h"

void funlockfile(FILE *f)
{
	if (f->lockcount == 1) {
		f->lockcount = 0;
		__unlockfile(f);
	} else {
		f->lockcount--;
	}
}
