/* vdprintf: format to a descriptor through a temporary stream. */
#include <stdio.h>
#include "stdio_impl.h"

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	unsigned char buf[1024];
	FILE f = { 0 };
	int r;

	f.fd = fd;
	f.mode = _IOFBF;
	f.flags = F_NORD;
	f.buf = buf;
	f.buf_size = sizeof buf;
	f.write = __stdio_write;
	r = __vfprintf_core(&f, fmt, ap);
	if (__fflush_one(&f))
		return -1;
	return r;
}
