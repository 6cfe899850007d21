/* pread: read at an offset without moving the file position. */
#include <unistd.h>
#include "syscall.h"

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	return __sys(SYS_pread64, fd, buf, n, off);
}
