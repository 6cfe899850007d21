/* wait: wait for any child. */
#include <sys/wait.h>
#include "syscall.h"

pid_t wait(int *status)
{
	return waitpid(-1, status, 0);
}
