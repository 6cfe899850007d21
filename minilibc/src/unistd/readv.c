/* readv: read into several buffers in turn. */
#include <sys/uio.h>
#include "syscall.h"

ssize_t readv(int fd, const struct iovec *iov, int n)
{
	return __sys(SYS_readv, fd, iov, n);
}
