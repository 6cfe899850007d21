/* __stdio_seek: the file-descriptor device's seek. */
#include "stdio_impl.h"
#include "syscall.h"

hidden off_t __stdio_seek(FILE *f, off_t off, int whence)
{
	return __sys(SYS_lseek, f->fd, off, whence);
}
