/* The slab allocator's engine: size classes, slabs, large mappings and
 * the address sets that validate pointers.  See malloc_impl.h for the
 * design; malloc.c, free.c and friends are thin layers over this file.
 * One lock guards it all: __malloc_aligned takes it itself, and the
 * callers of __block_find hold it (__heap_lock) until they are done with
 * the block.  It is taken only once a second thread exists. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <errno.h>
#include "malloc_impl.h"
#include "pthread_impl.h"
#include "syscall.h"

#define LARGE_MAGIC 0x4c415247454d4c43UL
#define PAGE 4096

static const uint32_t class_size[NUM_CLASSES] = {
	16, 32, 48, 64, 80, 96, 112, 128,
	160, 192, 224, 256, 320, 384, 448, 512,
	640, 768, 896, 1024, 1280, 1536, 1792, 2048,
	2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192,
	10240, 12288, 14336, 16384,
};

static Slab *partial[NUM_CLASSES];   /* slabs of each class with room */

/* ---- Mapping helpers ------------------------------------------------ */

static void *map_pages(size_t len)
{
	long r = __syscall(SYS_mmap, 0, len, PROT_READ | PROT_WRITE,
	                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	return r < 0 && r > -4096 ? 0 : (void *)r;
}

static void unmap_pages(void *p, size_t len)
{
	__syscall(SYS_munmap, p, len);
}

/* ---- Address sets ----------------------------------------------------
 * Open addressing with linear probing over mmap'd arrays; deletion
 * shifts later entries back so no tombstones build up.  Keys are
 * nonzero addresses; 0 marks an empty bucket. */

typedef struct {
	uintptr_t *keys;
	size_t cap, count;    /* cap is a power of two */
	int shift;            /* 64 - log2(cap) */
} AddrSet;

static AddrSet chunks, larges;

static size_t set_slot(const AddrSet *s, uintptr_t key)
{
	return (size_t)((key * 0x9E3779B97F4A7C15UL) >> s->shift);
}

static int set_contains(const AddrSet *s, uintptr_t key)
{
	if (!s->cap)
		return 0;
	for (size_t i = set_slot(s, key); ; i = (i + 1) & (s->cap - 1)) {
		if (s->keys[i] == key)
			return 1;
		if (!s->keys[i])
			return 0;
	}
}

static void set_insert_raw(AddrSet *s, uintptr_t key)
{
	size_t i = set_slot(s, key);

	while (s->keys[i])
		i = (i + 1) & (s->cap - 1);
	s->keys[i] = key;
	s->count++;
}

static int set_insert(AddrSet *s, uintptr_t key)
{
	if ((s->count + 1) * 2 > s->cap) {
		AddrSet bigger = { 0 };
		bigger.cap = s->cap ? s->cap * 2 : 512;
		bigger.shift = 64 - __builtin_ctzl(bigger.cap);
		bigger.keys = map_pages(bigger.cap * sizeof(uintptr_t));
		if (!bigger.keys)
			return -1;
		for (size_t i = 0; i < s->cap; i++)
			if (s->keys[i])
				set_insert_raw(&bigger, s->keys[i]);
		if (s->keys)
			unmap_pages(s->keys, s->cap * sizeof(uintptr_t));
		*s = bigger;
	}
	set_insert_raw(s, key);
	return 0;
}

static void set_remove(AddrSet *s, uintptr_t key)
{
	size_t mask = s->cap - 1, i = set_slot(s, key);

	while (s->keys[i] != key)
		i = (i + 1) & mask;
	/* Backward-shift: move up any later entry whose home slot is not
	 * between the hole and itself, so lookups never stop early. */
	for (size_t j = i; ; ) {
		s->keys[i] = 0;
		for (;;) {
			j = (j + 1) & mask;
			if (!s->keys[j]) {
				s->count--;
				return;
			}
			size_t home = set_slot(s, s->keys[j]);
			if (i <= j ? (home <= i || home > j) : (home <= i && home > j))
				break;
		}
		s->keys[i] = s->keys[j];
		i = j;
	}
}

/* ---- Chunks ----------------------------------------------------------
 * Chunks are carved from CHUNK_SIZE-aligned regions reserved a few at a
 * time; a few empty chunks are kept for reuse instead of unmapped. */

#define REGION_CHUNKS 16
#define SPARE_MAX 8

static char *region_next, *region_end;
static void *spare[SPARE_MAX];
static int nspare;

static void *chunk_alloc(void)
{
	char *c;

	if (nspare)
		return spare[--nspare];
	if (region_next == region_end) {
		size_t len = (REGION_CHUNKS + 1) * (size_t)CHUNK_SIZE;
		char *m = map_pages(len);
		if (!m)
			return 0;
		char *start = (char *)(((uintptr_t)m + CHUNK_SIZE - 1) & ~(uintptr_t)(CHUNK_SIZE - 1));
		char *end = start + REGION_CHUNKS * (size_t)CHUNK_SIZE;
		if (start > m)
			unmap_pages(m, start - m);
		if (m + len > end)
			unmap_pages(end, m + len - end);
		region_next = start;
		region_end = end;
	}
	c = region_next;
	region_next += CHUNK_SIZE;
	return c;
}

static void chunk_release(void *c)
{
	if (nspare < SPARE_MAX)
		spare[nspare++] = c;
	else
		unmap_pages(c, CHUNK_SIZE);
}

/* ---- Slabs ------------------------------------------------------------ */

static void partial_push(Slab *s)
{
	int c = s->class_idx;

	s->prev = 0;
	s->next = partial[c];
	if (partial[c])
		partial[c]->prev = s;
	partial[c] = s;
	s->on_partial = 1;
}

static void partial_remove(Slab *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		partial[s->class_idx] = s->next;
	if (s->next)
		s->next->prev = s->prev;
	s->on_partial = 0;
}

/* Lay out a fresh chunk for one class: header, live bitmap, slots. */
static Slab *slab_new(int c)
{
	Slab *s = chunk_alloc();
	uint32_t size = class_size[c];
	size_t n, header;

	if (!s)
		return 0;
	if (set_insert(&chunks, (uintptr_t)s) < 0) {
		chunk_release(s);
		return 0;
	}
	n = (CHUNK_SIZE - sizeof(Slab)) * 8 / (size * 8 + 1);
	for (;;) {
		header = (sizeof(Slab) + (n + 63) / 64 * 8 + 15) & ~(size_t)15;
		if (header + n * size <= CHUNK_SIZE)
			break;
		n--;
	}
	memset(s, 0, header);
	s->slot_size = size;
	s->nslots = n;
	s->class_idx = c;
	s->data = (char *)s + header;
	partial_push(s);
	return s;
}

static int size_class(size_t n)
{
	if (n <= 128)
		return n ? (n - 1) >> 4 : 0;
	int k = 63 - __builtin_clzl(n - 1);
	return 8 + (k - 7) * 4 + (int)((n - 1) >> (k - 2)) - 4;
}

static void *small_alloc(size_t n)
{
	int c = size_class(n);
	Slab *s = partial[c];
	size_t i;
	void *p;

	if (!s && !(s = slab_new(c)))
		return 0;
	if (s->free_list) {
		p = s->free_list;
		s->free_list = *(void **)p;
		i = ((char *)p - s->data) / s->slot_size;
	} else {
		i = s->bump++;
		p = s->data + i * s->slot_size;
	}
	s->live[i / 64] |= 1UL << (i % 64);
	if (++s->nused == s->nslots)
		partial_remove(s);
	return p;
}

static void small_free(Slab *s, size_t i, void *p)
{
	s->live[i / 64] &= ~(1UL << (i % 64));
	*(void **)p = s->free_list;
	s->free_list = p;
	s->nused--;
	if (!s->on_partial) {
		partial_push(s);
		return;
	}
	/* Give an empty slab back, unless it is its class's only one:
	 * keeping one avoids remapping on every alloc/free cycle. */
	if (s->nused == 0 && (s->prev || s->next)) {
		partial_remove(s);
		set_remove(&chunks, (uintptr_t)s);
		chunk_release(s);
	}
}

/* ---- Large blocks ------------------------------------------------------
 * A few recently freed mappings of moderate size are kept and reused for
 * blocks that fit them without much waste: programs that repeatedly
 * allocate and free the same big buffer would otherwise pay two system
 * calls (and page faults on fresh zero pages) every time. */

#define LARGE_CACHE 16
#define LARGE_CACHE_MAX (4 << 20)

static struct { void *map; size_t len; } large_cache[LARGE_CACHE];
static int nlarge_cache;

static int fresh;   /* set by large_map: the block is in a new, zeroed mapping */

/* A mapping of at least *len bytes; *len is updated to its real size. */
static void *large_map(size_t *len)
{
	for (int i = 0; i < nlarge_cache; i++) {
		if (large_cache[i].len >= *len && large_cache[i].len / 4 <= *len) {
			void *m = large_cache[i].map;
			*len = large_cache[i].len;
			large_cache[i] = large_cache[--nlarge_cache];
			fresh = 0;
			return m;
		}
	}
	fresh = 1;
	return map_pages(*len);
}

static void large_unmap(void *m, size_t len)
{
	if (len > LARGE_CACHE_MAX) {
		unmap_pages(m, len);
		return;
	}
	if (nlarge_cache == LARGE_CACHE) {        /* evict the oldest */
		unmap_pages(large_cache[0].map, large_cache[0].len);
		for (int i = 1; i < LARGE_CACHE; i++)
			large_cache[i - 1] = large_cache[i];
		nlarge_cache--;
	}
	large_cache[nlarge_cache].map = m;
	large_cache[nlarge_cache].len = len;
	nlarge_cache++;
}

static void *large_alloc(size_t n, size_t align)
{
	size_t hdr = (sizeof(LargeHeader) + 15) & ~(size_t)15;
	size_t len = (hdr + n + (align > 16 ? align : 0) + PAGE - 1) & ~(size_t)(PAGE - 1);
	char *m, *p;
	LargeHeader *h;

	if (n > PTRDIFF_MAX / 2)
		return 0;
	if (!(m = large_map(&len)))
		return 0;
	p = (char *)(((uintptr_t)m + hdr + align - 1) & ~(uintptr_t)(align - 1));
	if (set_insert(&larges, (uintptr_t)p) < 0) {
		large_unmap(m, len);
		return 0;
	}
	h = (LargeHeader *)p - 1;
	h->map = m;
	h->map_len = len;
	h->size = n;
	h->magic = LARGE_MAGIC;
	return p;
}

/* ---- The interface for malloc.c and friends ---------------------------- */

static volatile int heap_lock;

hidden void __heap_lock(void)
{
	__lock(&heap_lock);
}

hidden void __heap_unlock(void)
{
	__unlock(&heap_lock);
}

hidden void *__malloc_zeroable(size_t n, size_t align, int *is_zero)
{
	void *p;

	__heap_lock();
	fresh = 0;
	if (align <= 16 && n <= MAX_SMALL)
		p = small_alloc(n);
	else
		p = large_alloc(n, align < 16 ? 16 : align);
	if (is_zero)
		*is_zero = fresh;
	__heap_unlock();
	if (!p)
		errno = ENOMEM;
	return p;
}

hidden void *__malloc_aligned(size_t n, size_t align)
{
	return __malloc_zeroable(n, align, 0);
}

/* Classify p, aborting with a message if it is not a live block. */
hidden void __block_find(void *p, Block *b, const char *who)
{
	uintptr_t base = (uintptr_t)p & ~(uintptr_t)(CHUNK_SIZE - 1);
	static char msg[64];

	b->slab = 0;
	b->large = 0;
	if (set_contains(&chunks, base)) {
		Slab *s = (Slab *)base;
		size_t off = (char *)p - s->data, i = off / s->slot_size;
		if ((char *)p < s->data || off % s->slot_size || i >= s->bump)
			goto invalid;
		if (!(s->live[i / 64] >> (i % 64) & 1)) {
			strcpy(stpcpy(msg, who), ": double free detected");
			__libc_fatal(msg, p);
		}
		b->slab = s;
		b->slot = i;
		return;
	}
	if (set_contains(&larges, (uintptr_t)p)) {
		b->large = (LargeHeader *)p - 1;
		if (b->large->magic != LARGE_MAGIC)
			__libc_fatal("heap corruption: large block header overwritten", p);
		return;
	}
invalid:
	strcpy(stpcpy(msg, who), ": invalid pointer");
	__libc_fatal(msg, p);
}

hidden void __block_free(Block *b, void *p)
{
	if (b->slab) {
		small_free(b->slab, b->slot, p);
	} else {
		LargeHeader *h = b->large;
		set_remove(&larges, (uintptr_t)p);
		h->magic = 0;
		large_unmap(h->map, h->map_len);
	}
}

hidden size_t __block_usable(Block *b, void *p)
{
	if (b->slab)
		return b->slab->slot_size;
	return (char *)b->large->map + b->large->map_len - (char *)p;
}

/* Grow or shrink a large block with mremap, which moves pages instead
 * of copying bytes; returns the (possibly moved) block or 0.  Shrinking
 * gives the tail pages back; mremap never moves a shrinking mapping. */
hidden void *__large_resize(Block *b, void *p, size_t n)
{
	LargeHeader *h = b->large;
	size_t off = (char *)p - (char *)h->map;
	size_t len = (off + n + PAGE - 1) & ~(size_t)(PAGE - 1);
	long r;

	if (n > PTRDIFF_MAX / 2)
		return 0;
	if (len == h->map_len) {
		h->size = n;
		return p;
	}
	r = __syscall(SYS_mremap, h->map, h->map_len, len, MREMAP_MAYMOVE);
	if (r < 0 && r > -4096)
		return 0;
	char *np = (char *)r + off;
	if (np != p) {
		set_remove(&larges, (uintptr_t)p);
		if (set_insert(&larges, (uintptr_t)np) < 0)
			__libc_fatal("realloc: out of memory for block table", np);
	}
	h = (LargeHeader *)np - 1;
	h->map = (void *)r;
	h->map_len = len;
	h->size = n;
	return np;
}
