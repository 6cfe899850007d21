/* fread: read nmemb items of size bytes.  Buffered bytes are taken first;
 * the rest is read straight into the caller's memory when it is large,
 * through the buffer otherwise. */
#include <stdio.h>
#include <string.h>
#include "stdio_impl.h"

static size_t unlocked_fread(void *restrict dest, size_t size, size_t nmemb, FILE *restrict f)
{
	unsigned char *d = dest;
	size_t want = size * nmemb, left = want;

	if (!size || !nmemb)
		return 0;
	if (f->rpos != f->rend) {
		size_t k = f->rend - f->rpos;
		if (k > left)
			k = left;
		memcpy(d, f->rpos, k);
		f->rpos += k;
		d += k;
		left -= k;
	}
	while (left) {
		if (left >= f->buf_size) {
			if (__toread(f))
				break;
			size_t k = f->read(f, d, left);
			if (!k)
				break;
			d += k;
			left -= k;
		} else {
			int c = __uflow(f);
			if (c == EOF)
				break;
			*d++ = c;
			left--;
			size_t k = f->rend - f->rpos;
			if (k > left)
				k = left;
			memcpy(d, f->rpos, k);
			f->rpos += k;
			d += k;
			left -= k;
		}
	}
	return (want - left) / size;
}

size_t fread(void *restrict dest, size_t size, size_t nmemb, FILE *restrict f)
{
	FLOCK(f);
	size_t r = unlocked_fread(dest, size, nmemb, f);
	FUNLOCK(f);
	return r;
}
