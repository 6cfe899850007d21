/* write: write up to n bytes to a file descriptor. */
#include <unistd.h>
#include "syscall.h"

ssize_t write(int fd, const void *buf, size_t n)
{
	return __sys(SYS_write, fd, buf, n);
}
