/* pwrite: write at an offset without moving the file position. */
#include <unistd.h>
#include "syscall.h"

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return __sys(SYS_pwrite64, fd, buf, n, off);
}
