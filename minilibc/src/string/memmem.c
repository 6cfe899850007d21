/* memmem: find a byte sequence in a buffer (simple scan from each
 * occurrence of the needle's first byte). */
#include <string.h>

void *memmem(const void *h, size_t hn, const void *n, size_t nn)
{
	const unsigned char *hs = h, *end;

	if (!nn)
		return (void *)h;
	if (hn < nn)
		return 0;
	end = hs + hn - nn;
	for (; hs <= end; hs++) {
		hs = memchr(hs, *(const unsigned char *)n, end - hs + 1);
		if (!hs)
			return 0;
		if (!memcmp(hs, n, nn))
			return (void *)hs;
	}
	return 0;
}
