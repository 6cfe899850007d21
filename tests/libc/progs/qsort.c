/* qsort and bsearch on sorted, reversed, equal and random inputs of many
 * sizes and element widths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long ncmp;
static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	ncmp++;
	return (x > y) - (x < y);
}

struct rec { int key; char name[13]; };
static int cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return strcmp(x->name, y->name);
}
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void)
{
	static int a[200000];
	unsigned seed = 12345;
	int sizes[] = { 0, 1, 2, 3, 5, 10, 16, 17, 33, 100, 1000, 200000 };

	for (unsigned s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		int n = sizes[s];
		for (int kind = 0; kind < 5; kind++) {
			for (int i = 0; i < n; i++) {
				seed = seed * 1103515245 + 12345;
				a[i] = kind == 0 ? i : kind == 1 ? n - i : kind == 2 ? 7 : kind == 3 ? (int)(seed >> 8) % 1000 : (int)(seed >> 4);
			}
			ncmp = 0;
			qsort(a, n, sizeof *a, cmp_int);
			int ok = 1;
			unsigned long h = 0;
			for (int i = 1; i < n; i++)
				ok &= a[i - 1] <= a[i];
			for (int i = 0; i < n; i++)
				h = h * 31 + a[i];
			/* not quadratic: well under n^2/4 comparisons */
			int fast = n < 100 || ncmp < (long)n * 64;
			printf("n=%d kind=%d sorted=%d hash=%lx fast=%d\n", n, kind, ok, h, fast);
			if (n && kind == 3) {
				int key = a[n / 2];
				int *p = bsearch(&key, a, n, sizeof *a, cmp_int);
				printf("  bsearch found=%d\n", p && *p == key);
				key = -5;
				printf("  bsearch missing=%d\n", bsearch(&key, a, n, sizeof *a, cmp_int) == NULL);
			}
		}
	}
	struct rec recs[500];
	for (int i = 0; i < 500; i++) {
		seed = seed * 1103515245 + 12345;
		recs[i].key = (seed >> 10) % 50;
		snprintf(recs[i].name, sizeof recs[i].name, "n%u", (seed >> 3) % 100000);
	}
	qsort(recs, 500, sizeof *recs, cmp_rec);
	for (int i = 0; i < 500; i += 37)
		printf("%d %s\n", recs[i].key, recs[i].name);
	char *strs[] = { "pear", "apple", "fig", "banana", "cherry", "date", "apple" };
	qsort(strs, 7, sizeof *strs, cmp_str);
	for (int i = 0; i < 7; i++)
		printf("%s ", strs[i]);
	putchar('\n');
	return 0;
}
