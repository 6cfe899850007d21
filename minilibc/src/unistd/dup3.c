/* dup3: dup2 that can set O_CLOEXEC; old == new is EINVAL. */
#include <unistd.h>
#include "syscall.h"

int dup3(int old, int new, int flags)
{
	return __sys(SYS_dup3, old, new, flags);
}
