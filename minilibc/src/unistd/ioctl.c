/* ioctl: device-specific requests; the argument is passed through. */
#include <sys/ioctl.h>
#include <stdarg.h>
#include "syscall.h"

int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	void *arg;

	va_start(ap, req);
	arg = va_arg(ap, void *);
	va_end(ap);
	return __sys(SYS_ioctl, fd, req, arg);
}
