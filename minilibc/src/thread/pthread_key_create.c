/* pthread_key_create: a new key for thread-specific values, all NULL.
 *
 * Keys index a table of destructors; a free slot holds 0 and a key
 * without a destructor holds no_dtor, so every live key is nonzero.
 * Each thread's values are an array of PTHREAD_KEYS_MAX pointers: in
 * the thread's own mapping (pthread_create), or for the main thread the
 * static array here, which pthread_setspecific hooks up on first use.
 *
 * __pthread_tsd_run_dtors replaces pthread_exit's weak dummy when keys
 * are linked: it calls each destructor whose value is non-NULL, after
 * setting the value to NULL, and repeats while destructors set values
 * again, up to PTHREAD_DESTRUCTOR_ITERATIONS rounds, as POSIX says. */
#include <errno.h>
#include "pthread_impl.h"

hidden void (*__pthread_keys[PTHREAD_KEYS_MAX])(void *);
hidden volatile int __pthread_keys_lock;
hidden void *__pthread_tsd_main[PTHREAD_KEYS_MAX];

static void no_dtor(void *p)
{
	(void)p;
}

int pthread_key_create(pthread_key_t *k, void (*dtor)(void *))
{
	__lock(&__pthread_keys_lock);
	for (unsigned i = 0; i < PTHREAD_KEYS_MAX; i++) {
		if (!__pthread_keys[i]) {
			__pthread_keys[i] = dtor ? dtor : no_dtor;
			__unlock(&__pthread_keys_lock);
			*k = i;
			return 0;
		}
	}
	__unlock(&__pthread_keys_lock);
	return EAGAIN;
}

static int run_round(void **tsd)
{
	int ran = 0;

	for (unsigned i = 0; i < PTHREAD_KEYS_MAX; i++) {
		void (*dtor)(void *) = __pthread_keys[i];
		void *v = tsd[i];
		if (v && dtor) {
			tsd[i] = 0;
			dtor(v);
			ran = 1;
		}
	}
	return ran;
}

hidden void __pthread_tsd_run_dtors(void)
{
	void **tsd = __pthread_self()->tsd;

	for (int round = 0; tsd && round < PTHREAD_DESTRUCTOR_ITERATIONS; round++)
		if (!run_round(tsd))
			break;
}
