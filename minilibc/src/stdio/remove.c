/* remove: delete a file, or an empty directory. */
#include <stdio.h>
#include <errno.h>
#include "syscall.h"

int remove(const char *path)
{
	long r = __syscall(SYS_unlink, path);

	if (r == -EISDIR)
		r = __syscall(SYS_rmdir, path);
	return __syscall_ret(r);
}
