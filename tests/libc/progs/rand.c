/* rand/srand sequences match musl's generator. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	for (int i = 0; i < 5; i++)
		printf("%d\n", rand());
	srand(1);
	printf("after srand(1): %d\n", rand());
	srand(42);
	unsigned long h = 0;
	for (int i = 0; i < 100000; i++)
		h = h * 31 + rand();
	printf("hash %lx last %d max %d\n", h, rand(), RAND_MAX);
	return 0;
}
