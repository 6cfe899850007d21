/* sigismember: test a signal's bit. */
#include <signal.h>

int sigismember(const sigset_t *set, int sig)
{
	if (sig < 1 || sig >= _NSIG)
		return 0;
	return (set->__bits[0] >> (sig - 1)) & 1;
}
