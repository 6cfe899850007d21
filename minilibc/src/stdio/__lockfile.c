/* __lockfile, __unlockfile: a stream's lock (see stdio_impl.h).
 * __lockfile returns 0 when the caller already owns the stream (an outer
 * call or flockfile holds it), and then the caller must not unlock. */
#include "stdio_impl.h"
#include "pthread_impl.h"

hidden int __lockfile(FILE *f)
{
	int tid = __pthread_self()->tid, owner;

	if ((f->lock & ~MAYBE_WAITERS) == tid)
		return 0;
	if (!a_cas(&f->lock, 0, tid))
		return 1;
	/* Contended: from now on take it marked, since others may sleep. */
	while ((owner = a_cas(&f->lock, 0, tid | MAYBE_WAITERS))) {
		if ((owner & MAYBE_WAITERS)
		    || a_cas(&f->lock, owner, owner | MAYBE_WAITERS) == owner)
			__futex_wait(&f->lock, owner | MAYBE_WAITERS);
	}
	return 1;
}

hidden void __unlockfile(FILE *f)
{
	if (a_swap(&f->lock, 0) & MAYBE_WAITERS)
		__futex_wake(&f->lock, 1);
}
