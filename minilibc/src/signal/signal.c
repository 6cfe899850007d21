/* signal: the simple interface to sigaction, with BSD semantics (the
 * handler stays installed and interrupted calls restart), as musl. */
#include <signal.h>

void (*signal(int sig, void (*func)(int)))(int)
{
	struct sigaction sa = { 0 }, old;

	sa.sa_handler = func;
	sa.sa_flags = SA_RESTART;
	if (sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}
