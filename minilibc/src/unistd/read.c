/* read: read up to n bytes from a file descriptor. */
#include <unistd.h>
#include "syscall.h"

ssize_t read(int fd, void *buf, size_t n)
{
	return __sys(SYS_read, fd, buf, n);
}
