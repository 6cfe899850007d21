/* setpriority: set a nice value. */
#include <sys/resource.h>
#include "syscall.h"

int setpriority(int which, id_t who, int prio)
{
	return __sys(SYS_setpriority, which, who, prio);
}
