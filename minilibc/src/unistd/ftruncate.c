/* ftruncate: set a file's length. */
#include <unistd.h>
#include "syscall.h"

int ftruncate(int fd, off_t len)
{
	return __sys(SYS_ftruncate, fd, len);
}
