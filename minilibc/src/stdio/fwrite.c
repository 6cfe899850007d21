/* fwrite: write nmemb items of size bytes; returns the items written. */
#include <stdio.h>
#include "stdio_impl.h"

static size_t unlocked_fwrite(const void *restrict src, size_t size, size_t nmemb, FILE *restrict f)
{
	size_t n = size * nmemb;

	if (!size || !nmemb)
		return 0;
	size_t k = __fwritex(src, n, f);
	return k == n ? nmemb : k / size;
}

size_t fwrite(const void *restrict src, size_t size, size_t nmemb, FILE *restrict f)
{
	FLOCK(f);
	size_t r = unlocked_fwrite(src, size, nmemb, f);
	FUNLOCK(f);
	return r;
}
