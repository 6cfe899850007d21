/* getrlimit: a resource limit (prlimit64 on this process). */
#include <sys/resource.h>
#include "syscall.h"

int getrlimit(int resource, struct rlimit *rl)
{
	return __sys(SYS_prlimit64, 0, resource, 0, rl);
}
