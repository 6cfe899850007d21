/* clock_gettime: read a clock.  Always a real system call: without a
 * dynamic linker we do not look up the vDSO. */
#include <time.h>
#include "syscall.h"

int clock_gettime(clockid_t clk, struct timespec *ts)
{
	return __sys(SYS_clock_gettime, clk, ts);
}
