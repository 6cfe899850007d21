/* qsort: introsort.  Quicksort with a median-of-three pivot, switching to
 * heapsort when the recursion gets deeper than 2*log2(n) (so the worst
 * case is O(n log n), sorted and adversarial inputs included), and
 * insertion sort for short ranges.  Recursion goes into the smaller half
 * only, so the stack stays O(log n). */
#include <stdlib.h>
#include <stdint.h>

typedef int (*cmpfun)(const void *, const void *);

static void swap(char *a, char *b, size_t size)
{
	if (size == 8 && !(((uintptr_t)a | (uintptr_t)b) & 7)) {
		uint64_t t = *(uint64_t *)a;
		*(uint64_t *)a = *(uint64_t *)b;
		*(uint64_t *)b = t;
		return;
	}
	while (size >= 8) {
		uint64_t t;
		__builtin_memcpy(&t, a, 8);
		__builtin_memcpy(a, b, 8);
		__builtin_memcpy(b, &t, 8);
		a += 8, b += 8, size -= 8;
	}
	while (size--) {
		char t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

static void insertion_sort(char *base, size_t n, size_t size, cmpfun cmp)
{
	for (size_t i = 1; i < n; i++)
		for (char *p = base + i * size; p > base && cmp(p - size, p) > 0; p -= size)
			swap(p - size, p, size);
}

static void sift_down(char *base, size_t root, size_t n, size_t size, cmpfun cmp)
{
	for (size_t child; (child = 2 * root + 1) < n; root = child) {
		if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size) < 0)
			child++;
		if (cmp(base + root * size, base + child * size) >= 0)
			return;
		swap(base + root * size, base + child * size, size);
	}
}

static void heap_sort(char *base, size_t n, size_t size, cmpfun cmp)
{
	for (size_t i = n / 2; i-- > 0; )
		sift_down(base, i, n, size, cmp);
	for (size_t i = n; i-- > 1; ) {
		swap(base, base + i * size, size);
		sift_down(base, 0, i, size, cmp);
	}
}

/* Order the first, middle and last elements, leaving the median in the
 * middle; the outer two then act as sentinels for the partition scan. */
static char *median_of_three(char *a, char *b, char *c, size_t size, cmpfun cmp)
{
	if (cmp(a, b) > 0)
		swap(a, b, size);
	if (cmp(b, c) > 0) {
		swap(b, c, size);
		if (cmp(a, b) > 0)
			swap(a, b, size);
	}
	return b;
}

static void introsort(char *base, size_t n, size_t size, cmpfun cmp, int depth)
{
	while (n > 16) {
		if (depth-- == 0) {
			heap_sort(base, n, size, cmp);
			return;
		}
		char *last = base + (n - 1) * size;
		char *mid = median_of_three(base, base + (n / 2) * size, last, size, cmp);
		/* Park the pivot just before the end and partition between. */
		char *pivot = last - size;
		swap(mid, pivot, size);
		char *i = base, *j = pivot;
		for (;;) {
			do i += size; while (cmp(i, pivot) < 0);
			do j -= size; while (cmp(pivot, j) < 0);
			if (i >= j)
				break;
			swap(i, j, size);
		}
		swap(i, pivot, size);
		size_t left = (i - base) / size, right = n - left - 1;
		if (left < right) {
			introsort(base, left, size, cmp, depth);
			base = i + size;
			n = right;
		} else {
			introsort(i + size, right, size, cmp, depth);
			n = left;
		}
	}
	insertion_sort(base, n, size, cmp);
}

void qsort(void *base, size_t n, size_t size, cmpfun cmp)
{
	int depth = 0;

	for (size_t m = n; m > 1; m >>= 1)
		depth += 2;
	if (size)
		introsort(base, n, size, cmp, depth);
}
