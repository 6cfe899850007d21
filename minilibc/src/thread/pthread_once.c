/* pthread_once: run fn exactly once, however many threads call at the
 * same time; the others wait until it has returned.  The control word
 * goes 0 (never) -> 1 (running) -> 2 (done); 3 is "running, and some
 * thread sleeps on the word", so the runner wakes them only then. */
#include "pthread_impl.h"

enum { NEVER, RUNNING, DONE, WAITED };

int pthread_once(pthread_once_t *once, void (*fn)(void))
{
	volatile int *o = once;

	if (__atomic_load_n(o, __ATOMIC_ACQUIRE) == DONE)
		return 0;
	for (;;) {
		switch (a_cas(o, NEVER, RUNNING)) {
		case NEVER:
			fn();
			if (a_swap(o, DONE) == WAITED)
				__futex_wake(o, 0x7fffffff);
			return 0;
		case RUNNING:
			a_cas(o, RUNNING, WAITED);
			__futex_wait(o, WAITED);
			break;
		case WAITED:
			__futex_wait(o, WAITED);
			break;
		default:
			return 0;
		}
	}
}
