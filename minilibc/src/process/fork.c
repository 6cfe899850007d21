/* fork: duplicate the process.  Buffered stdio output is duplicated too,
 * which is why output written before fork() to a pipe appears twice. */
#include <unistd.h>
#include "syscall.h"

pid_t fork(void)
{
	return __sys(SYS_fork);
}
