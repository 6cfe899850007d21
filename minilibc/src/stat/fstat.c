/* fstat: file status by descriptor. */
#include <sys/stat.h>
#include "syscall.h"

int fstat(int fd, struct stat *st)
{
	return __sys(SYS_fstat, fd, st);
}
