/* getsid: the session of a process (0: this one). */
#include <unistd.h>
#include "syscall.h"

pid_t getsid(pid_t pid)
{
	return __sys(SYS_getsid, pid);
}
