/* select: wait for descriptors in the sets to be ready; the kernel
 * updates *timeout with the time left, as Linux's select does. */
#include <sys/select.h>
#include "syscall.h"

int select(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
           struct timeval *restrict timeout)
{
	return __sys(SYS_select, n, r, w, e, timeout);
}
