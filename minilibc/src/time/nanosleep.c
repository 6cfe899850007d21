/* nanosleep: sleep; on interruption the remaining time goes to *rem. */
#include <time.h>
#include "syscall.h"

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	return __sys(SYS_nanosleep, req, rem);
}
