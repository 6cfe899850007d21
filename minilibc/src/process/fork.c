/* fork: duplicate the process.  Buffered stdio output is duplicated too,
 * which is why output written before fork() to a pipe appears twice.
 * The child is a new thread as well: its descriptor learns its new id
 * (stream locks and errorcheck mutexes compare ids).  Only the calling
 * thread is copied; after fork in a threaded program the child should,
 * as POSIX says, call only async-signal-safe functions before exec. */
#include <unistd.h>
#include "pthread_impl.h"

pid_t fork(void)
{
	long r = __syscall(SYS_fork);

	if (r == 0)
		__pthread_self()->tid = __syscall(SYS_gettid);
	return __syscall_ret(r);
}
