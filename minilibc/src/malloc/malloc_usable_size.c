/* malloc_usable_size: how many bytes the block really has. */
#include <stdlib.h>
#include "malloc_impl.h"

size_t malloc_usable_size(void *p)
{
	Block b;
	size_t n;

	if (!p)
		return 0;
	__heap_lock();
	__block_find(p, &b, "malloc_usable_size()");
	n = __block_usable(&b, p);
	__heap_unlock();
	return n;
}
