/* sigaction: install a signal handler.
 *
 * The kernel's struct is {handler, flags, restorer, mask}.  When a handler
 * returns it returns into the restorer, which must make the rt_sigreturn
 * system call so the kernel can restore the interrupted context; on
 * x86-64 the kernel insists on SA_RESTORER, so we always supply our own
 * __restore_rt (signal/restore.S). */
#include <signal.h>
#include <errno.h>
#include "syscall.h"

struct k_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

hidden void __restore_rt(void);

int sigaction(int sig, const struct sigaction *restrict sa, struct sigaction *restrict old)
{
	struct k_sigaction ksa, kold;
	long r;

	if (sig < 1 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	if (sa) {
		ksa.handler = sa->sa_handler;
		ksa.flags = (unsigned)sa->sa_flags | SA_RESTORER;
		ksa.restorer = __restore_rt;
		ksa.mask = sa->sa_mask.__bits[0];
	}
	r = __syscall(SYS_rt_sigaction, sig, sa ? &ksa : 0, old ? &kold : 0, 8);
	if (r < 0)
		return __syscall_ret(r);
	if (old) {
		old->sa_handler = kold.handler;
		old->sa_flags = (int)kold.flags;
		old->sa_restorer = kold.restorer;
		old->sa_mask.__bits[0] = kold.mask;
	}
	return 0;
}
