/* clearerr: reset the EOF and error flags. */
#include <stdio.h>
#include "stdio_impl.h"

static void unlocked_clearerr(FILE *f)
{
	f->flags &= ~(F_EOF | F_ERR);
}

void clearerr(FILE *f)
{
	FLOCK(f);
	unlocked_clearerr(f);
	FUNLOCK(f);
}
