/* sigprocmask: examine or change the blocked-signal mask. */
#include <signal.h>
#include "syscall.h"

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	return __sys(SYS_rt_sigprocmask, how, set, old, 8);
}
