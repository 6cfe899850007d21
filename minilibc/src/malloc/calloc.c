/* calloc: zeroed array of n elements; fails with ENOMEM if n * size
 * overflows instead of allocating a short block. */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "malloc_impl.h"

void *calloc(size_t n, size_t size)
{
	size_t total;
	void *p;

	if (__builtin_mul_overflow(n, size, &total)) {
		errno = ENOMEM;
		return 0;
	}
	p = malloc(total);
	/* Large blocks are fresh anonymous mappings, already zero. */
	if (p && total <= MAX_SMALL)
		memset(p, 0, total);
	return p;
}
