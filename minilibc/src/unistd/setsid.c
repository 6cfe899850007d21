/* setsid: start a new session and process group led by this process. */
#include <unistd.h>
#include "syscall.h"

pid_t setsid(void)
{
	return __sys(SYS_setsid);
}
