/* lseek: move a file descriptor's position. */
#include <unistd.h>
#include "syscall.h"

off_t lseek(int fd, off_t off, int whence)
{
	return __sys(SYS_lseek, fd, off, whence);
}
