/* rewind: seek to the start and clear the error flag too. */
#include <stdio.h>
#include "stdio_impl.h"

static void unlocked_rewind(FILE *f)
{
	__fseeko(f, 0, SEEK_SET);
	f->flags &= ~F_ERR;
}

void rewind(FILE *f)
{
	FLOCK(f);
	unlocked_rewind(f);
	FUNLOCK(f);
}
