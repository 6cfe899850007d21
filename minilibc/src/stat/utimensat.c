/* utimensat: set access and modification times in nanoseconds; times
 * NULL means now, and a tv_nsec of UTIME_NOW or UTIME_OMIT sets that time
 * to now or leaves it alone. */
#include <sys/stat.h>
#include "syscall.h"

int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)
{
	return __sys(SYS_utimensat, dirfd, path, times, flags);
}
