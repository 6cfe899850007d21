/* The allocator's internal interface (malloc/heap.c).
 *
 * Small requests (up to MAX_SMALL bytes) are served from slabs: 256 KiB
 * chunks, aligned to their size, each cut into equal slots of one size
 * class.  The slab header sits at the start of its chunk, so the slab of
 * any small pointer is the pointer rounded down to CHUNK_SIZE.  Each
 * slab keeps a bitmap of live slots, which is what catches double
 * frees.  Before trusting an address we check that its chunk is one of
 * ours in a hash set of chunk addresses, so freeing a pointer malloc
 * never returned is reported instead of crashing.
 *
 * Large requests get their own mapping, with a header just before the
 * returned pointer; a second hash set holds the live large pointers. */
#ifndef _INTERNAL_MALLOC_IMPL_H
#define _INTERNAL_MALLOC_IMPL_H
#include <stddef.h>
#include <stdint.h>
#include "libc.h"

#define CHUNK_SIZE (256 * 1024)
#define MAX_SMALL 16384
#define NUM_CLASSES 36

typedef struct Slab Slab;
struct Slab {
	uint32_t slot_size;
	uint32_t nslots;
	uint32_t nused;
	uint32_t bump;          /* slots from here on were never handed out */
	int class_idx;
	int on_partial;         /* linked in the class's partial list */
	void *free_list;        /* freed slots, linked through their first word */
	Slab *prev, *next;      /* partial list: slabs with a free slot */
	char *data;             /* slot 0 */
	uint64_t live[];        /* bit i set: slot i is allocated */
};

typedef struct {
	void *map;              /* the mapping this block lives in */
	size_t map_len;
	size_t size;            /* bytes requested */
	uint64_t magic;
} LargeHeader;

/* What a pointer handed to free/realloc turned out to be. */
typedef struct {
	Slab *slab;             /* small block: its slab and slot */
	size_t slot;
	LargeHeader *large;     /* large block: its header */
} Block;

hidden void *__malloc_aligned(size_t size, size_t align);
/* The same, also telling whether the block is known to be all zero (in
 * a new mapping), for calloc. */
hidden void *__malloc_zeroable(size_t size, size_t align, int *is_zero);
/* The heap's lock (taken only once there are threads): held from
 * __block_find until the caller is done with the block. */
hidden void __heap_lock(void);
hidden void __heap_unlock(void);
hidden void __block_find(void *p, Block *b, const char *who);
hidden void __block_free(Block *b, void *p);
hidden size_t __block_usable(Block *b, void *p);
hidden void *__large_resize(Block *b, void *p, size_t size);
#endif
