/* Threads: create and join with results, pthread_exit from a thread,
 * pthread_self/pthread_equal, attributes, detached threads whose stacks
 * are given back, and each thread's own stack and stack-protector
 * canary (%fs:0x28, the same value in every thread). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <dirent.h>

static void *square(void *arg)
{
	long n = (long)arg;
	return (void *)(n * n);
}

static void *leave_early(void *arg)
{
	pthread_exit((char *)arg + 1);
	return 0;
}

static pthread_t main_id;

static void *who(void *arg)
{
	pthread_t me = pthread_self();
	(void)arg;
	printf("thread: equal to main %d, to itself %d\n",
	       pthread_equal(me, main_id), pthread_equal(me, pthread_self()));
	return me;
}

/* Each thread fills a big local array: stacks must not overlap. */
static void *fill(void *arg)
{
	char buf[64 * 1024];
	int c = (int)(long)arg;
	memset(buf, c, sizeof buf);
	usleep(20000);
	for (size_t i = 0; i < sizeof buf; i++)
		if (buf[i] != c)
			return (void *)1;
	return 0;
}

static unsigned long canary(void)
{
	unsigned long c;
	__asm__ volatile ("mov %%fs:0x28, %0" : "=r"(c));
	return c;
}

static void *read_canary(void *arg)
{
	*(unsigned long *)arg = canary();
	return 0;
}

static int tasks(void)
{
	int n = 0;
	DIR *d = opendir("/proc/self/task");
	if (!d)
		return -1;
	while (readdir(d))
		n++;
	closedir(d);
	return n - 2;
}

static int mappings(void)
{
	FILE *f = fopen("/proc/self/maps", "r");
	int n = 0, c;
	if (!f)
		return -1;
	while ((c = getc(f)) != EOF)
		n += c == '\n';
	fclose(f);
	return n;
}

static void *nothing(void *arg)
{
	return arg;
}

static void detached(void)
{
	pthread_attr_t a;
	pthread_t t;
	int before, after, state;

	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	pthread_attr_getdetachstate(&a, &state);
	printf("detach state %d\n", state);
	before = mappings();
	for (int i = 0; i < 200; i++) {
		if (pthread_create(&t, &a, nothing, 0))
			printf("create %d failed\n", i);
		while (tasks() > 1)
			usleep(100);
	}
	after = mappings();
	printf("200 detached threads: mappings grew by at most 2: %s\n",
	       after - before <= 2 ? "yes" : "no");
	/* Detach after the start, one running and one finished. */
	pthread_create(&t, 0, fill, (void *)'d');
	printf("detach running: %d\n", pthread_detach(t));
	pthread_create(&t, 0, nothing, 0);
	while (tasks() > 2)
		usleep(100);
	printf("detach finished: %d\n", pthread_detach(t));
	while (tasks() > 1)
		usleep(100);
	pthread_attr_destroy(&a);
}

int main(void)
{
	pthread_t t[8];
	pthread_attr_t a;
	void *r;
	size_t size;
	int state;

	main_id = pthread_self();
	for (long i = 0; i < 8; i++)
		if (pthread_create(&t[i], 0, square, (void *)i))
			printf("create failed\n");
	for (int i = 0; i < 8; i++) {
		printf("join %d: %d", i, pthread_join(t[i], &r));
		printf(" -> %ld\n", (long)r);
	}

	static char text[] = "xpthread_exit";
	pthread_create(&t[0], 0, leave_early, text);
	pthread_join(t[0], &r);
	printf("pthread_exit gave \"%s\"\n", (char *)r);

	pthread_create(&t[0], 0, who, 0);
	pthread_join(t[0], &r);
	printf("main: result is the thread %d, main equal to itself %d\n",
	       pthread_equal(t[0], (pthread_t)r), pthread_equal(main_id, pthread_self()));

	pthread_attr_init(&a);
	pthread_attr_getstacksize(&a, &size);
	pthread_attr_getdetachstate(&a, &state);
	printf("default stack %s, detach state %d\n", size >= 16384 ? "ok" : "small", state);
	printf("setstacksize 1: %s\n", pthread_attr_setstacksize(&a, 1) == EINVAL ? "EINVAL" : "?");
	printf("setstacksize 1 MiB: %d\n", pthread_attr_setstacksize(&a, 1 << 20));
	pthread_attr_getstacksize(&a, &size);
	printf("stack size now %zu\n", size);
	printf("setdetachstate 5: %s\n", pthread_attr_setdetachstate(&a, 5) == EINVAL ? "EINVAL" : "?");
	for (long i = 0; i < 4; i++)
		pthread_create(&t[i], i & 1 ? &a : 0, fill, (void *)('a' + i));
	for (int i = 0; i < 4; i++) {
		pthread_join(t[i], &r);
		printf("stack of thread %d intact: %s\n", i, r ? "no" : "yes");
	}
	pthread_attr_destroy(&a);

	unsigned long c = 1;
	pthread_create(&t[0], 0, read_canary, &c);
	pthread_join(t[0], 0);
	printf("thread canary equals main's: %s\n", c == canary() ? "yes" : "no");

	detached();
	return 0;
}
