/* Randomized malloc stress test against a simple model.
 *
 * A table of slots each holds one live block (or none) with its size and
 * a fill byte.  Each step picks a slot and mallocs, frees, reallocs or
 * callocs, checking that contents survived (realloc keeps the common
 * prefix), every block is 16-byte aligned with usable size >= its size,
 * and - periodically, by sorting all live blocks by address - that no two
 * live blocks overlap.  Exits 0 and prints a summary on success. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define SLOTS 8192

typedef struct {
	unsigned char *p;
	size_t size;
	unsigned char fill;
} Slot;

static Slot slot[SLOTS];
#define XORSHIFT_SEED 0x9e3779b97f4a7c15ULL
#include "../progs/xorshift.h"

static size_t random_size(void)
{
	uint64_t r = next();
	switch (r % 100) {
	case 0: return (r >> 8) % 300000;            /* large */
	case 1: case 2: case 3: return (r >> 8) % 20000;
	default: return (r >> 8) % (r & 64 ? 64 : 600);
	}
}

static void fail(const char *what, long step)
{
	printf("FAIL at step %ld: %s\n", step, what);
	exit(1);
}

/* Whole-block check for small blocks, sampled for large ones. */
static int intact(const Slot *s, size_t n)
{
	if (n <= 4096) {
		for (size_t i = 0; i < n; i++)
			if (s->p[i] != s->fill)
				return 0;
		return 1;
	}
	for (size_t i = 0; i < n; i += 509)
		if (s->p[i] != s->fill)
			return 0;
	return s->p[n - 1] == s->fill && s->p[0] == s->fill;
}

static void check_block(const Slot *s, long step)
{
	if ((uintptr_t)s->p & 15)
		fail("misaligned block", step);
	if (malloc_usable_size(s->p) < s->size)
		fail("usable size too small", step);
}

static int by_address(const void *a, const void *b)
{
	const Slot *x = *(Slot *const *)a, *y = *(Slot *const *)b;
	return x->p < y->p ? -1 : x->p > y->p;
}

static void check_overlap(long step)
{
	static Slot *live[SLOTS];
	int n = 0;

	for (int i = 0; i < SLOTS; i++)
		if (slot[i].p)
			live[n++] = &slot[i];
	qsort(live, n, sizeof *live, by_address);
	for (int i = 1; i < n; i++)
		if (live[i - 1]->p + (live[i - 1]->size ? live[i - 1]->size : 1) > live[i]->p)
			fail("overlapping blocks", step);
}

int main(int argc, char **argv)
{
	long steps = argc > 1 ? atol(argv[1]) : 3000000;
	long mallocs = 0, frees = 0, reallocs = 0;

	for (long step = 0; step < steps; step++) {
		Slot *s = &slot[next() % SLOTS];
		uint64_t op = next() % 10;

		if (!s->p) {
			s->size = random_size();
			s->fill = (unsigned char)next();
			if (op == 0) {
				s->p = calloc(1, s->size);
				for (size_t i = 0; i < s->size; i += (s->size > 4096 ? 509 : 1))
					if (s->p[i])
						fail("calloc not zeroed", step);
			} else {
				s->p = malloc(s->size);
			}
			if (!s->p)
				fail("allocation failed", step);
			memset(s->p, s->fill, s->size);
			check_block(s, step);
			mallocs++;
		} else if (op < 6) {
			if (!intact(s, s->size))
				fail("contents changed before free", step);
			free(s->p);
			s->p = NULL;
			frees++;
		} else {
			size_t n = random_size() + 1, keep = n < s->size ? n : s->size;
			s->p = realloc(s->p, n);
			if (!s->p)
				fail("realloc failed", step);
			if (!intact(s, keep))
				fail("realloc lost contents", step);
			s->size = n;
			memset(s->p, s->fill, n);
			check_block(s, step);
			reallocs++;
		}
		if (step % 250000 == 0)
			check_overlap(step);
	}
	check_overlap(steps);
	for (int i = 0; i < SLOTS; i++)
		free(slot[i].p);
	printf("ok: %ld steps, %ld mallocs, %ld frees, %ld reallocs\n", steps, mallocs, frees, reallocs);
	return 0;
}
