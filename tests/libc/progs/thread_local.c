/* Per-thread state: _Thread_local variables (a new thread sees the
 * initial values, its writes leave the main thread's copies alone, as
 * chibicc's test/tls.c checks), errno, and thread-specific keys with
 * destructors run at thread exit. */
#include <pthread.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

_Thread_local int zero;
_Thread_local int five = 5;
_Thread_local char name[16] = "initial";
_Thread_local _Alignas(64) long aligned = 64;
int shared = 7;

static void *tls_thread(void *arg)
{
	long id = (long)arg;
	printf("thread %ld sees zero=%d five=%d name=%s aligned=%ld (64-aligned: %s) shared=%d\n",
	       id, zero, five, name, aligned, (unsigned long)&aligned % 64 ? "no" : "yes", shared);
	zero = id;
	five = 50 + id;
	snprintf(name, sizeof name, "thread %ld", id);
	shared = 3;
	return (void *)(long)(zero + five);
}

static void *errno_thread(void *arg)
{
	(void)arg;
	errno = 0;
	if (open("/nonexistent/file", O_RDONLY) < 0)
		printf("thread: open failed with %s\n", strerror(errno));
	usleep(20000);          /* main sets its errno meanwhile */
	printf("thread: errno still %s\n", errno == ENOENT ? "ENOENT" : "changed");
	return 0;
}

static pthread_key_t key, key2;
static int dtor_calls;
static pthread_mutex_t dlock = PTHREAD_MUTEX_INITIALIZER;

static void dtor(void *v)
{
	pthread_mutex_lock(&dlock);
	printf("destructor for %s\n", (char *)v);
	dtor_calls++;
	pthread_mutex_unlock(&dlock);
	free(v);
}

/* Sets its value again once: POSIX runs the destructors another round. */
static void dtor2(void *v)
{
	pthread_mutex_lock(&dlock);
	printf("destructor 2 round %ld\n", (long)v);
	pthread_mutex_unlock(&dlock);
	if ((long)v == 1)
		pthread_setspecific(key2, (void *)2L);
}

static void *key_thread(void *arg)
{
	char *v = malloc(32);
	snprintf(v, 32, "value of thread %ld", (long)arg);
	printf("thread %ld: before set %p\n", (long)arg, pthread_getspecific(key));
	pthread_setspecific(key, v);
	printf("thread %ld: got back %s\n", (long)arg, (char *)pthread_getspecific(key));
	if ((long)arg == 1)
		pthread_setspecific(key2, (void *)1L);
	if ((long)arg == 2)
		pthread_exit(0);
	return 0;
}

int main(void)
{
	pthread_t t;
	void *r;

	for (long i = 1; i <= 3; i++) {
		pthread_create(&t, 0, tls_thread, (void *)i);
		pthread_join(t, &r);
		printf("thread %ld returned %ld\n", i, (long)r);
	}
	printf("main keeps zero=%d five=%d name=%s aligned=%ld, shared now %d\n",
	       zero, five, name, aligned, shared);

	pthread_create(&t, 0, errno_thread, 0);
	usleep(5000);
	errno = EINTR;
	pthread_join(t, 0);
	printf("main: errno still %s\n", errno == EINTR ? "EINTR" : "changed");

	printf("key_create: %d\n", pthread_key_create(&key, dtor));
	pthread_key_create(&key2, dtor2);
	pthread_setspecific(key, "main's value");
	for (long i = 1; i <= 3; i++) {
		pthread_create(&t, 0, key_thread, (void *)i);
		pthread_join(t, 0);
	}
	printf("main still has %s; destructors ran %d times\n",
	       (char *)pthread_getspecific(key), dtor_calls);
	pthread_key_delete(key);
	pthread_key_t k3;
	pthread_key_create(&k3, 0);
	printf("a new key starts at %p\n", pthread_getspecific(k3));
	pthread_key_delete(k3);
	pthread_key_delete(key2);
	return 0;
}
