/* __stdio_close: the file-descriptor device's close. */
#include "stdio_impl.h"
#include "syscall.h"

hidden int __stdio_close(FILE *f)
{
	return __sys(SYS_close, f->fd);
}
