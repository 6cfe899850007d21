/* Overflows a local buffer when given an argument: with
 * -fstack-protector-strong the function must not return. */
#include <stdio.h>
#include <string.h>
static __attribute__((noinline)) void smash(const char *s, size_t n)
{
	char buf[8];
	memcpy(buf, s, n);   /* n > 8 writes over the canary */
	printf("copied %zu: %.3s\n", n, buf);
}
int main(int argc, char **argv)
{
	static char big[64];
	memset(big, 'A', sizeof big);
	smash(big, 4);
	fflush(stdout);
	smash(big, argc > 1 ? 40 : 8);
	printf("survived\n");
	return 0;
}
