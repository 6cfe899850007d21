/* pthread_kill: send a signal to one thread of this process (tkill to
 * its id).  A thread that has ended but is not yet joined has no id any
 * more: like musl, say 0 without sending anything. */
#include <errno.h>
#include <signal.h>
#include "pthread_impl.h"

int pthread_kill(pthread_t t, int sig)
{
	int tid = t->tid;

	if (!tid)
		return (unsigned)sig >= _NSIG ? EINVAL : 0;
	return -__syscall(SYS_tkill, tid, sig);
}
