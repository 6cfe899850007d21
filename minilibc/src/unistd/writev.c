/* writev: write several buffers in turn, in one system call. */
#include <sys/uio.h>
#include "syscall.h"

ssize_t writev(int fd, const struct iovec *iov, int n)
{
	return __sys(SYS_writev, fd, iov, n);
}
