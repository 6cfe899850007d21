/* calloc: zeroed array of n elements; fails with ENOMEM if n * size
 * overflows instead of allocating a short block. */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "malloc_impl.h"

void *calloc(size_t n, size_t size)
{
	size_t total;
	int is_zero;
	void *p;

	if (__builtin_mul_overflow(n, size, &total)) {
		errno = ENOMEM;
		return 0;
	}
	p = __malloc_zeroable(total, 16, &is_zero);
	/* A block in a brand-new anonymous mapping is already zero. */
	if (p && !is_zero)
		memset(p, 0, total);
	return p;
}
