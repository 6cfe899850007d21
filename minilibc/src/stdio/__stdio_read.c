/* __stdio_read: the file-descriptor device's read.  Returns bytes read;
 * 0 sets the EOF flag and a failure the error flag. */
#include <errno.h>
#include "stdio_impl.h"
#include "syscall.h"

hidden size_t __stdio_read(FILE *f, unsigned char *buf, size_t n)
{
	long r;

	do
		r = __syscall(SYS_read, f->fd, buf, n);
	while (r == -EINTR);
	if (r <= 0) {
		if (r < 0)
			errno = -r;
		f->flags |= r ? F_ERR : F_EOF;
		return 0;
	}
	return r;
}
