/* fgets: read a line (up to n-1 bytes, keeping the newline), copying
 * whole runs out of the buffer at a time. */
#include <stdio.h>
#include <string.h>
#include "stdio_impl.h"

static char *unlocked_fgets(char *restrict s, int n, FILE *restrict f)
{
	char *p = s;
	size_t room;

	if (n <= 0)
		return 0;
	for (room = n - 1; room > 0; ) {
		if (f->rpos == f->rend) {
			int c = __uflow(f);
			if (c == EOF)
				break;
			*p++ = c;
			room--;
			if (c == '\n')
				break;
			continue;
		}
		size_t k = f->rend - f->rpos;
		if (k > room)
			k = room;
		unsigned char *nl = memchr(f->rpos, '\n', k);
		if (nl)
			k = nl - f->rpos + 1;
		memcpy(p, f->rpos, k);
		f->rpos += k;
		p += k;
		room -= k;
		if (nl)
			break;
	}
	if (p == s)
		return 0;
	*p = 0;
	return s;
}

char *fgets(char *restrict s, int n, FILE *restrict f)
{
	FLOCK(f);
	char *r = unlocked_fgets(s, n, f);
	FUNLOCK(f);
	return r;
}
