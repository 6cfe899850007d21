/* alarm: deliver SIGALRM after some seconds. */
#include <signal.h>
#include "syscall.h"

unsigned alarm(unsigned sec)
{
	return __syscall(SYS_alarm, sec);
}
