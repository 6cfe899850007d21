/* times: CPU time of this process and its waited-for children, in
 * clock ticks (sysconf(_SC_CLK_TCK)); returns ticks since an arbitrary
 * point. */
#include <sys/times.h>
#include "syscall.h"

clock_t times(struct tms *t)
{
	return __syscall(SYS_times, t);
}
