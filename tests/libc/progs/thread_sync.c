/* Thread synchronisation: many threads counting under a mutex and with
 * atomics, the recursive and errorcheck mutex types, trylock,
 * pthread_once from many threads at once, and condition variables
 * (a bounded producer/consumer queue, broadcast, a timed wait that
 * times out). */
#include <pthread.h>
#include <stdio.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>

#define THREADS 8
#define ROUNDS 20000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counted;
static _Atomic long atomic_count;
static long plain_cas;

static void *count(void *arg)
{
	(void)arg;
	for (int i = 0; i < ROUNDS; i++) {
		pthread_mutex_lock(&lock);
		counted++;
		pthread_mutex_unlock(&lock);
		atomic_count++;
		long old = __atomic_load_n(&plain_cas, __ATOMIC_RELAXED);
		while (!__atomic_compare_exchange_n(&plain_cas, &old, old + 2, 0,
		                                    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
			;
	}
	return 0;
}

static void mutex_types(void)
{
	pthread_mutexattr_t a;
	pthread_mutex_t m;
	int type;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_gettype(&a, &type);
	printf("default type %d\n", type);
	printf("settype 7: %s\n", pthread_mutexattr_settype(&a, 7) == EINVAL ? "EINVAL" : "?");

	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&m, &a);
	printf("recursive: lock %d,", pthread_mutex_lock(&m));
	printf(" lock %d,", pthread_mutex_lock(&m));
	printf(" trylock %d,", pthread_mutex_trylock(&m));
	printf(" unlock %d,", pthread_mutex_unlock(&m));
	printf(" %d,", pthread_mutex_unlock(&m));
	printf(" %d,", pthread_mutex_unlock(&m));
	printf(" then unlock %s\n", pthread_mutex_unlock(&m) == EPERM ? "EPERM" : "?");
	pthread_mutex_destroy(&m);

	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&m, &a);
	printf("errorcheck: unlock unlocked %s,", pthread_mutex_unlock(&m) == EPERM ? "EPERM" : "?");
	printf(" lock %d,", pthread_mutex_lock(&m));
	printf(" again %s,", pthread_mutex_lock(&m) == EDEADLK ? "EDEADLK" : "?");
	printf(" trylock %s,", pthread_mutex_trylock(&m) == EBUSY ? "EBUSY" : "?");
	printf(" unlock %d\n", pthread_mutex_unlock(&m));
	pthread_mutex_destroy(&m);
	pthread_mutexattr_destroy(&a);

	pthread_mutex_init(&m, 0);
	printf("normal: trylock %d,", pthread_mutex_trylock(&m));
	printf(" trylock again %s,", pthread_mutex_trylock(&m) == EBUSY ? "EBUSY" : "?");
	printf(" unlock %d\n", pthread_mutex_unlock(&m));
}

/* An errorcheck mutex held by another thread: EPERM to unlock, EBUSY to try. */
static pthread_mutex_t held;
static void *try_held(void *arg)
{
	(void)arg;
	printf("other thread: unlock %s, trylock %s\n",
	       pthread_mutex_unlock(&held) == EPERM ? "EPERM" : "?",
	       pthread_mutex_trylock(&held) == EBUSY ? "EBUSY" : "?");
	return 0;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs, once_seen;
static void init_once(void)
{
	usleep(20000);          /* the other threads must wait for this */
	once_runs++;
}

static void *call_once(void *arg)
{
	(void)arg;
	pthread_once(&once, init_once);
	__atomic_fetch_add(&once_seen, once_runs, __ATOMIC_SEQ_CST);
	return 0;
}

/* A queue of 4 slots between 3 producers and 2 consumers. */
#define SLOTS 4
#define ITEMS 3000
static int queue[SLOTS], head, tail, used;
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static long consumed_sum, consumed_count;

static void *produce(void *arg)
{
	long base = (long)arg;
	for (int i = 1; i <= ITEMS; i++) {
		pthread_mutex_lock(&qlock);
		while (used == SLOTS)
			pthread_cond_wait(&not_full, &qlock);
		queue[tail] = base + i;
		tail = (tail + 1) % SLOTS;
		used++;
		pthread_cond_signal(&not_empty);
		pthread_mutex_unlock(&qlock);
	}
	return 0;
}

static void *consume(void *arg)
{
	long n = (long)arg, sum = 0;
	for (long i = 0; i < n; i++) {
		pthread_mutex_lock(&qlock);
		while (used == 0)
			pthread_cond_wait(&not_empty, &qlock);
		sum += queue[head];
		head = (head + 1) % SLOTS;
		used--;
		pthread_cond_signal(&not_full);
		pthread_mutex_unlock(&qlock);
	}
	pthread_mutex_lock(&qlock);
	consumed_sum += sum;
	consumed_count += n;
	pthread_mutex_unlock(&qlock);
	return 0;
}

static int go, waiting;
static pthread_cond_t start = PTHREAD_COND_INITIALIZER;
static void *wait_for_go(void *arg)
{
	pthread_mutex_lock(&qlock);
	waiting++;
	while (!go)
		pthread_cond_wait(&start, &qlock);
	pthread_mutex_unlock(&qlock);
	return arg;
}

static void timed_wait(void)
{
	pthread_cond_t c;
	pthread_condattr_t a;
	struct timespec ts, before, after;
	clockid_t clock;

	pthread_cond_init(&c, 0);
	clock_gettime(CLOCK_REALTIME, &before);
	ts = before;
	ts.tv_nsec += 50000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	pthread_mutex_lock(&qlock);
	int r = pthread_cond_timedwait(&c, &qlock, &ts);
	clock_gettime(CLOCK_REALTIME, &after);
	long ms = (after.tv_sec - before.tv_sec) * 1000 + (after.tv_nsec - before.tv_nsec) / 1000000;
	printf("timedwait: %s after at least 50 ms: %s; mutex held again: %s\n",
	       r == ETIMEDOUT ? "ETIMEDOUT" : "?", ms >= 49 ? "yes" : "no",
	       pthread_mutex_trylock(&qlock) == EBUSY ? "yes" : "no");
	ts.tv_nsec = 1000000000;
	printf("timedwait with bad nanoseconds: %s\n",
	       pthread_cond_timedwait(&c, &qlock, &ts) == EINVAL ? "EINVAL" : "?");
	pthread_mutex_unlock(&qlock);
	pthread_cond_destroy(&c);

	pthread_condattr_init(&a);
	pthread_condattr_getclock(&a, &clock);
	printf("condattr clock %d,", (int)clock);
	printf(" set monotonic %d,", pthread_condattr_setclock(&a, CLOCK_MONOTONIC));
	pthread_condattr_getclock(&a, &clock);
	printf(" now %d\n", (int)clock);
	pthread_cond_init(&c, &a);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	ts.tv_nsec += 20000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	pthread_mutex_lock(&qlock);
	printf("monotonic timedwait: %s\n",
	       pthread_cond_timedwait(&c, &qlock, &ts) == ETIMEDOUT ? "ETIMEDOUT" : "?");
	pthread_mutex_unlock(&qlock);
	pthread_condattr_destroy(&a);
}

int main(void)
{
	pthread_t t[THREADS];

	for (int i = 0; i < THREADS; i++)
		pthread_create(&t[i], 0, count, 0);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	printf("mutex count %ld, atomic count %ld, cas count %ld (expected %d)\n",
	       counted, (long)atomic_count, plain_cas / 2, THREADS * ROUNDS);

	mutex_types();
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&held, &a);
	pthread_mutex_lock(&held);
	pthread_create(&t[0], 0, try_held, 0);
	pthread_join(t[0], 0);
	printf("owner unlocks: %d\n", pthread_mutex_unlock(&held));

	for (int i = 0; i < THREADS; i++)
		pthread_create(&t[i], 0, call_once, 0);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	pthread_once(&once, init_once);
	printf("once: ran %d time(s), every thread saw it done: %s\n", once_runs,
	       once_seen == THREADS ? "yes" : "no");

	for (long i = 0; i < 3; i++)
		pthread_create(&t[i], 0, produce, (void *)(i * 100000));
	pthread_create(&t[3], 0, consume, (void *)(long)(ITEMS * 3 / 2));
	pthread_create(&t[4], 0, consume, (void *)(long)(ITEMS * 3 - ITEMS * 3 / 2));
	for (int i = 0; i < 5; i++)
		pthread_join(t[i], 0);
	long expect = 0;
	for (long p = 0; p < 3; p++)
		expect += p * 100000 * ITEMS + (long)ITEMS * (ITEMS + 1) / 2;
	printf("consumed %ld items, sum %s\n", consumed_count, consumed_sum == expect ? "right" : "wrong");

	for (long i = 0; i < 5; i++)
		pthread_create(&t[i], 0, wait_for_go, (void *)i);
	for (;;) {
		pthread_mutex_lock(&qlock);
		int n = waiting;
		pthread_mutex_unlock(&qlock);
		if (n == 5)
			break;
		usleep(1000);
	}
	pthread_mutex_lock(&qlock);
	go = 1;
	pthread_cond_broadcast(&start);
	pthread_mutex_unlock(&qlock);
	long woke = 0;
	for (int i = 0; i < 5; i++) {
		void *r;
		pthread_join(t[i], &r);
		woke += (long)r + 1;
	}
	printf("broadcast woke all 5: %s\n", woke == 15 ? "yes" : "no");

	timed_wait();
	return 0;
}
