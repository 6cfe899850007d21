/* sleep: pause for whole seconds; returns the seconds left if interrupted. */
#include <unistd.h>
#include <time.h>
#include "syscall.h"

unsigned sleep(unsigned sec)
{
	struct timespec ts = { sec, 0 };

	if (nanosleep(&ts, &ts))
		return ts.tv_sec;
	return 0;
}
