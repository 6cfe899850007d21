/* poll: wait up to timeout ms (-1: forever) for events on descriptors. */
#include <poll.h>
#include "syscall.h"

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	return __sys(SYS_poll, fds, n, timeout);
}
