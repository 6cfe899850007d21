/* fcntl: descriptor control; the third argument is an integer for the
 * commands minilibc programs use (dup, flags). */
#include <fcntl.h>
#include <stdarg.h>
#include "syscall.h"

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
	return __sys(SYS_fcntl, fd, cmd, arg);
}
