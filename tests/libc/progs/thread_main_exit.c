/* pthread_exit from main while other threads run: the process lives on
 * until the last thread ends, then exits with status 0, running atexit
 * handlers and flushing output as exit(0) would.  Each thread first
 * joins the one before it, so they finish in order. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_t threads[4];

static void handler(void)
{
	printf("atexit handler ran\n");
}

static void *late(void *arg)
{
	long i = (long)arg;
	if (i > 1)
		pthread_join(threads[i - 1], 0);
	usleep(10000);
	printf("thread %ld finishes after main left\n", i);
	return 0;
}

int main(void)
{
	atexit(handler);
	printf("main starts three threads and calls pthread_exit\n");
	for (long i = 1; i <= 3; i++)
		pthread_create(&threads[i], 0, late, (void *)i);
	pthread_exit(0);
}
