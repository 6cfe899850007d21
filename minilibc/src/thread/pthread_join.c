/* pthread_join: wait for a thread to end, take its result, and free its
 * stack and descriptor.  The kernel clears the descriptor's tid and
 * wakes this futex when the thread is gone (CLONE_CHILD_CLEARTID), after
 * its last use of the stack.  The kernel's wake is a shared-futex wake,
 * so this wait is not FUTEX_PRIVATE: the two would not meet. */
#include <errno.h>
#include "pthread_impl.h"

int pthread_join(pthread_t t, void **res)
{
	int tid;

	if (t == __pthread_self())
		return EDEADLK;
	while ((tid = t->tid))
		__syscall4(SYS_futex, (long)&t->tid, FUTEX_WAIT, tid, 0);
	if (res)
		*res = t->result;
	if (t->map_base)
		__syscall(SYS_munmap, t->map_base, t->map_size);
	return 0;
}
