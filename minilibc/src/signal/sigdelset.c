/* sigdelset: remove a signal from a set. */
#include <signal.h>
#include <errno.h>

int sigdelset(sigset_t *set, int sig)
{
	if (sig < 1 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	set->__bits[0] &= ~(1UL << (sig - 1));
	return 0;
}
