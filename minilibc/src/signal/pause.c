/* pause: sleep until a signal arrives. */
#include <signal.h>
#include "syscall.h"

int pause(void)
{
	return __sys(SYS_pause);
}
