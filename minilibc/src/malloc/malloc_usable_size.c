/* malloc_usable_size: how many bytes the block really has. */
#include <stdlib.h>
#include "malloc_impl.h"

size_t malloc_usable_size(void *p)
{
	Block b;

	if (!p)
		return 0;
	__block_find(p, &b, "malloc_usable_size()");
	return __block_usable(&b, p);
}
