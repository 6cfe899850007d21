/* usleep: pause for microseconds. */
#include <unistd.h>
#include <time.h>
#include "syscall.h"

int usleep(unsigned usec)
{
	struct timespec ts = { usec / 1000000, (usec % 1000000) * 1000L };

	return nanosleep(&ts, &ts);
}
