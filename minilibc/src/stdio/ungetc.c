/* ungetc: push a byte back; room for UNGET bytes before the buffer. */
#include <stdio.h>
#include "stdio_impl.h"

static int unlocked_ungetc(int c, FILE *f)
{
	if (c == EOF)
		return EOF;
	if (!f->rpos) {
		f->flags &= ~F_EOF;
		if (__toread(f))
			return EOF;
		f->rpos = f->rend = f->buf;
	}
	if (f->rpos <= f->buf - UNGET)
		return EOF;
	*--f->rpos = (unsigned char)c;
	f->flags &= ~F_EOF;
	return (unsigned char)c;
}

int ungetc(int c, FILE *f)
{
	FLOCK(f);
	int r = unlocked_ungetc(c, f);
	FUNLOCK(f);
	return r;
}
