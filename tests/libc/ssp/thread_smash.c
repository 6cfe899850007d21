/* The stack protector in a second thread: its descriptor carries the
 * same canary at %fs:0x28, so protected functions run normally there,
 * and an overflow (given an argument) must not return. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
static __attribute__((noinline)) void smash(const char *s, size_t n)
{
	char buf[8];
	memcpy(buf, s, n);   /* n > 8 writes over the canary */
	printf("copied %zu: %.3s\n", n, buf);
}
static void *run(void *arg)
{
	static char big[64];
	memset(big, 'A', sizeof big);
	smash(big, 4);
	fflush(stdout);
	smash(big, arg ? 40 : 8);
	return 0;
}
int main(int argc, char **argv)
{
	pthread_t t;
	(void)argv;
	pthread_create(&t, 0, run, argc > 1 ? "x" : 0);
	pthread_join(t, 0);
	printf("survived\n");
	return 0;
}
