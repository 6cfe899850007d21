/* exit() from a thread other than main, while other threads still run:
 * the whole process ends with that status, atexit handlers run once,
 * and buffered output is flushed. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void handler(void)
{
	printf("atexit handler ran\n");
}

static void *spin(void *arg)
{
	(void)arg;
	for (;;)
		usleep(1000);
}

static void *leave(void *arg)
{
	printf("thread %ld calls exit(3)\n", (long)arg);
	exit(3);
}

int main(void)
{
	pthread_t t;

	atexit(handler);
	printf("buffered before the threads\n");
	for (long i = 0; i < 4; i++)
		pthread_create(&t, 0, spin, (void *)i);
	pthread_create(&t, 0, leave, (void *)4L);
	pthread_join(t, 0);
	printf("main must not get here\n");
	return 0;
}
