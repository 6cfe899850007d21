/* getpgid: the process group of a process (0: this one). */
#include <unistd.h>
#include "syscall.h"

pid_t getpgid(pid_t pid)
{
	return __sys(SYS_getpgid, pid);
}
