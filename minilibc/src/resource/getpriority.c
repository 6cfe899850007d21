/* getpriority: a nice value, -20..19.  The system call answers 20 - nice
 * (1..40) so that no valid answer looks like an error. */
#include <sys/resource.h>
#include "syscall.h"

int getpriority(int which, id_t who)
{
	long r = __syscall(SYS_getpriority, which, who);
	if (r < 0)
		return __syscall_ret(r);
	return 20 - (int)r;
}
