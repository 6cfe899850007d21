/* setpgid: move a process into a process group (0, 0: its own). */
#include <unistd.h>
#include "syscall.h"

int setpgid(pid_t pid, pid_t pgid)
{
	return __sys(SYS_setpgid, pid, pgid);
}
