/* readlink: the target of a symbolic link, not NUL-terminated. */
#include <unistd.h>
#include "syscall.h"

ssize_t readlink(const char *restrict path, char *restrict buf, size_t size)
{
	char dummy[1];

	/* The kernel refuses size 0 (EINVAL); POSIX wants the call to work. */
	if (!size) {
		buf = dummy;
		size = 1;
	}
	long r = __syscall(SYS_readlink, path, buf, size);
	if (buf == dummy && r > 0)
		r = 0;
	return __syscall_ret(r);
}
