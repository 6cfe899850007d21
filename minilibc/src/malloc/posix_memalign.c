/* posix_memalign: aligned_alloc reporting errors by return value. */
#include <stdlib.h>
#include <errno.h>
#include "malloc_impl.h"

int posix_memalign(void **res, size_t align, size_t n)
{
	void *p;

	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	p = __malloc_aligned(n, align);
	if (!p)
		return ENOMEM;
	*res = p;
	return 0;
}
