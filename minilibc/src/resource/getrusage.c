/* getrusage: CPU time and other usage of this process or its children. */
#include <sys/resource.h>
#include "syscall.h"

int getrusage(int who, struct rusage *ru)
{
	return __sys(SYS_getrusage, who, ru);
}
