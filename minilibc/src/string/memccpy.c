/* memccpy: copy up to and including the first byte equal to c; returns
 * the byte after it in dest, or NULL if c was not among the n bytes. */
#include <string.h>

void *memccpy(void *restrict dest, const void *restrict src, int c, size_t n)
{
	unsigned char *d = dest;
	const unsigned char *s = src;

	for (; n; n--) {
		if ((*d++ = *s++) == (unsigned char)c)
			return d;
	}
	return 0;
}
