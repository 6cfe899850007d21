/* pthread_exit from main while other threads run: the process lives on
 * until the last thread ends, then exits with status 0, running atexit
 * handlers and flushing output as exit(0) would. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void handler(void)
{
	printf("atexit handler ran\n");
}

static void *late(void *arg)
{
	usleep(30000 * (long)arg);
	printf("thread %ld finishes after main left\n", (long)arg);
	return 0;
}

int main(void)
{
	pthread_t t;

	atexit(handler);
	for (long i = 1; i <= 3; i++)
		pthread_create(&t, 0, late, (void *)i);
	printf("main calls pthread_exit\n");
	pthread_exit(0);
}
