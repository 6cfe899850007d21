/* pthread_sigmask: the calling thread's blocked signals (each thread has
 * its own mask); sigprocmask reporting errors by return value. */
#include <signal.h>
#include "syscall.h"

int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	return -__syscall(SYS_rt_sigprocmask, how, set, old, 8);
}
