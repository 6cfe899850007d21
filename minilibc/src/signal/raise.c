/* raise: send a signal to ourselves (the one thread there is). */
#include <signal.h>
#include "syscall.h"

int raise(int sig)
{
	return __sys(SYS_tkill, __syscall(SYS_gettid), sig);
}
