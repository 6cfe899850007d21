/* uname: the kernel's names for itself and the host. */
#include <sys/utsname.h>
#include "syscall.h"

int uname(struct utsname *u)
{
	return __sys(SYS_uname, u);
}
