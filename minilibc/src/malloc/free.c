/* free: return a block.  Pointers malloc never returned, and blocks
 * already freed, abort with a message (see __block_find). */
#include <stdlib.h>
#include "malloc_impl.h"

void free(void *p)
{
	Block b;

	if (!p)
		return;
	__heap_lock();
	__block_find(p, &b, "free()");
	__block_free(&b, p);
	__heap_unlock();
}
