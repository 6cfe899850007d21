/* setvbuf: choose buffering (and optionally the buffer) before first use.
 * A caller's buffer loses UNGET bytes at its start to ungetc space. */
#include <stdio.h>
#include "stdio_impl.h"

static int unlocked_setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
		return -1;
	f->mode = mode;
	if (buf && size > UNGET + 1 && mode != _IONBF) {
		f->buf = (unsigned char *)buf + UNGET;
		f->buf_size = size - UNGET;
		f->flags |= F_SVB;
	}
	return 0;
}

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	FLOCK(f);
	int r = unlocked_setvbuf(f, buf, mode, size);
	FUNLOCK(f);
	return r;
}
