/* malloc family basics: alignment, zeroing, contents kept by realloc,
 * usable size, aligned allocation, and large blocks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <errno.h>

int main(void)
{
	int ok = 1;
	for (size_t n = 0; n < 70000; n = n * 3 / 2 + 1) {
		unsigned char *p = malloc(n);
		ok &= p != NULL && ((uintptr_t)p & 15) == 0;
		memset(p, 0xab, n);
		unsigned char *q = realloc(p, n * 2 + 5);
		for (size_t i = 0; i < n; i++)
			ok &= q[i] == 0xab;
		q = realloc(q, n / 2);
		for (size_t i = 0; i < n / 2; i++)
			ok &= q[i] == 0xab;
		free(q);
		unsigned char *z = calloc(n, 3);
		for (size_t i = 0; i < n * 3; i++)
			ok &= z[i] == 0;
		free(z);
	}
	printf("basic ok %d\n", ok);
	errno = 0;
	printf("calloc overflow %p %d\n", calloc(SIZE_MAX / 2, 4), errno == ENOMEM);
	printf("malloc huge %p %d\n", malloc(SIZE_MAX - 100), errno == ENOMEM);
	void *z = malloc(0);
	printf("malloc(0) non-null %d\n", z != NULL);
	free(z);
	free(NULL);
	for (size_t al = 16; al <= 65536; al *= 4) {
		void *p = aligned_alloc(al, 100);
		void *q = NULL;
		int r = posix_memalign(&q, al, 5000);
		printf("align %zu: %d %d %d\n", al, ((uintptr_t)p % al) == 0, r, ((uintptr_t)q % al) == 0);
		free(p);
		free(q);
	}
	void *q;
	printf("posix_memalign bad %d\n", posix_memalign(&q, 3, 10) == EINVAL);
	char *big = malloc(10 << 20);
	memset(big, 1, 10 << 20);
	big = realloc(big, 40 << 20);
	printf("big realloc keeps %d\n", big[(10 << 20) - 1] == 1);
	free(big);
	/* many live blocks of mixed sizes, freed in a scrambled order */
	void *ptrs[5000];
	for (int i = 0; i < 5000; i++) {
		ptrs[i] = malloc((i * 37) % 3000 + 1);
		memset(ptrs[i], i & 0xff, (i * 37) % 3000 + 1);
	}
	for (int i = 0; i < 5000; i++) {
		int j = (i * 7919) % 5000;
		unsigned char *p = ptrs[j];
		ok &= p[0] == (j & 0xff) && p[(j * 37) % 3000] == (j & 0xff);
		free(p);
	}
	printf("scrambled ok %d\n", ok);
	return 0;
}
