/* realloc: resize a block, keeping its contents.  In place when the new
 * size still fits the block's slot; large blocks are resized by
 * remapping their pages; otherwise allocate, copy, free.  The heap lock
 * is dropped around the copy: the block is the caller's, so no other
 * thread may touch it meanwhile. */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "malloc_impl.h"

void *realloc(void *p, size_t n)
{
	Block b;
	size_t old;
	void *q;

	if (!p)
		return malloc(n);
	__heap_lock();
	__block_find(p, &b, "realloc()");
	old = __block_usable(&b, p);
	/* Small blocks stay put unless they shrink a lot; large ones shrink
	 * or grow their mapping, or move to a slab if they become small. */
	if (b.slab && n <= old && (n > old / 4 || old <= 64)) {
		__heap_unlock();
		return p;
	}
	if (b.large && n > MAX_SMALL) {
		q = __large_resize(&b, p, n);
		__heap_unlock();
		if (!q)
			errno = ENOMEM;
		return q;
	}
	__heap_unlock();
	q = malloc(n);
	if (!q)
		return 0;
	memcpy(q, p, n < old ? n : old);
	__heap_lock();
	__block_free(&b, p);
	__heap_unlock();
	return q;
}
