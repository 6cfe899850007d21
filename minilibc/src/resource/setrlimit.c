/* setrlimit: set a resource limit (prlimit64 on this process). */
#include <sys/resource.h>
#include "syscall.h"

int setrlimit(int resource, const struct rlimit *rl)
{
	return __sys(SYS_prlimit64, 0, resource, rl, 0);
}
