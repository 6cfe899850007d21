/* __stdio_write: the file-descriptor device's write: all n bytes, retrying
 * short writes and EINTR.  Returns the count written; sets F_ERR when it
 * falls short. */
#include <errno.h>
#include "stdio_impl.h"
#include "syscall.h"

hidden size_t __stdio_write(FILE *f, const unsigned char *s, size_t n)
{
	size_t done = 0;

	while (done < n) {
		long r = __syscall(SYS_write, f->fd, s + done, n - done);
		if (r == -EINTR)
			continue;
		if (r <= 0) {
			if (r < 0)
				errno = -r;
			f->flags |= F_ERR;
			break;
		}
		done += r;
	}
	return done;
}
