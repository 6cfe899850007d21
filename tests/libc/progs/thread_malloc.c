/* The heap from several threads at once: each thread allocates, fills,
 * resizes, checks and frees blocks of many sizes (small slabs and large
 * mappings, calloc, realloc, aligned_alloc); blocks also move between
 * threads, freed by a thread other than the one that made them. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define THREADS 6
#define SLOTS 64
#define STEPS 20000

static void *handoff[THREADS];

static int check(unsigned char *p, size_t n, unsigned char c)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != c)
			return 1;
	return 0;
}

static void *work(void *arg)
{
	long id = (long)arg, bad = 0;
	unsigned char *blocks[SLOTS] = {0};
	size_t sizes[SLOTS] = {0};
	unsigned seed = 12345 + id;

	for (int step = 0; step < STEPS; step++) {
		seed = seed * 1103515245 + 12345;
		int i = (seed >> 8) % SLOTS;
		size_t n = (seed >> 16) % 7 == 0 ? (seed >> 4) % 100000 : (seed >> 12) % 600;
		unsigned char c = (unsigned char)(id * 16 + i);
		if (blocks[i]) {
			bad += check(blocks[i], sizes[i], c);
			if (step % 3 == 0) {
				blocks[i] = realloc(blocks[i], n);
				bad += check(blocks[i], n < sizes[i] ? n : sizes[i], c);
				memset(blocks[i], c, n);
				sizes[i] = n;
				continue;
			}
			free(blocks[i]);
			blocks[i] = 0;
			continue;
		}
		switch (step % 3) {
		case 0:
			blocks[i] = calloc(1, n);
			bad += check(blocks[i], n, 0);
			break;
		case 1:
			blocks[i] = aligned_alloc(64, n);
			bad += (uintptr_t)blocks[i] % 64 != 0;
			break;
		default:
			blocks[i] = malloc(n);
		}
		memset(blocks[i], c, n);
		sizes[i] = n;
	}
	for (int i = 0; i < SLOTS; i++)
		free(blocks[i]);
	/* A block for the next thread to free. */
	handoff[id] = malloc(1000 + id);
	return (void *)bad;
}

int main(void)
{
	pthread_t t[THREADS];
	long bad = 0;
	void *r;

	for (long i = 0; i < THREADS; i++)
		pthread_create(&t[i], 0, work, (void *)i);
	for (int i = 0; i < THREADS; i++) {
		pthread_join(t[i], &r);
		bad += (long)r;
	}
	for (int i = 0; i < THREADS; i++)
		free(handoff[i]);
	printf("%d threads x %d heap operations, %ld corrupted blocks\n", THREADS, STEPS, bad);
	return 0;
}
