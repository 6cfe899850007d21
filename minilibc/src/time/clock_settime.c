/* clock_settime: set a clock (CLOCK_REALTIME needs the privilege). */
#include <time.h>
#include "syscall.h"

int clock_settime(clockid_t clk, const struct timespec *ts)
{
	return __sys(SYS_clock_settime, clk, ts);
}
