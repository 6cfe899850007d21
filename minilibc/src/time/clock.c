/* clock: processor time used, in CLOCKS_PER_SEC (microsecond) units. */
#include <time.h>
#include "syscall.h"

clock_t clock(void)
{
	struct timespec ts;

	if (__syscall(SYS_clock_gettime, CLOCK_PROCESS_CPUTIME_ID, &ts))
		return -1;
	return ts.tv_sec * 1000000L + ts.tv_nsec / 1000;
}
