/* kill: send a signal to a process. */
#include <signal.h>
#include "syscall.h"

int kill(pid_t pid, int sig)
{
	return __sys(SYS_kill, pid, sig);
}
