/* abort: die by SIGABRT even if the program catches or ignores it. */
#include <stdlib.h>
#include <signal.h>
#include "syscall.h"

_Noreturn void abort(void)
{
	struct sigaction sa = { 0 };
	sigset_t set = { { 1UL << (SIGABRT - 1) } };

	raise(SIGABRT);
	/* The handler returned, or the signal is blocked/ignored: reset it
	 * to the default action, unblock it, and try again. */
	sa.sa_handler = SIG_DFL;
	sigaction(SIGABRT, &sa, 0);
	__syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, 0, 8);
	raise(SIGABRT);
	for (;;)
		_Exit(127);
}
