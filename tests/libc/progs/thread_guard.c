/* A thread that overflows its stack hits the guard page below it, and
 * the process dies of SIGSEGV.  The overflow is bounded (about 96 KiB
 * on a 64 KiB stack), and a second thread is created after the first,
 * so its mapping is likely right below: without a guard page the first
 * thread would write over the second's and carry on. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static volatile int second_started;

static int deep(volatile char *prev, int n)
{
	volatile char frame[1024];
	frame[0] = (char)n;
	frame[1023] = prev ? prev[0] : 0;
	if (n == 96)
		return frame[0];
	return deep(frame, n + 1) + frame[5];
}

static void *overflow(void *arg)
{
	while (!second_started)
		usleep(1000);
	return (void *)(long)deep(0, (int)(long)arg);
}

static void *wait_forever(void *arg)
{
	second_started = 1;
	for (;;)
		pause();
	return arg;
}

int main(void)
{
	pthread_t a, b;
	pthread_attr_t attr;

	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 65536);
	printf("a thread with a 64 KiB stack recurses 96 KiB deep\n");
	fflush(stdout);
	pthread_create(&a, &attr, overflow, 0);
	pthread_create(&b, &attr, wait_forever, 0);
	pthread_join(a, 0);
	printf("survived\n");
	return 0;
}
