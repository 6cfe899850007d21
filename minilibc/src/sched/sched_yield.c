/* sched_yield: let another runnable thread have the processor. */
#include <sched.h>
#include "syscall.h"

int sched_yield(void)
{
	return __sys(SYS_sched_yield);
}
