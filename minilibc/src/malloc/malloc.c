/* malloc: at least n bytes, 16-byte aligned; malloc(0) returns a unique
 * pointer, as musl and glibc do. */
#include <stdlib.h>
#include "malloc_impl.h"

void *malloc(size_t n)
{
	return __malloc_aligned(n, 16);
}
